import { describe, expect, it } from 'vitest';
import { createSimulation, partitionForKey } from '../../../src/engine/index.ts';
import { buildScenario } from '../../support/scenarios.ts';
import { eventsOf, valuesByPartition } from '../../support/traceQueries.ts';

function run(o: Parameters<typeof buildScenario>[0], untilMs = 5_000) {
  const scenario = buildScenario(o);
  const sim = createSimulation(scenario, { checkInvariantsEveryStep: true });
  sim.runUntil(untilMs);
  return sim;
}

describe('producing with Kafka semantics', () => {
  it('puts each keyed record on murmur2(key) mod partitions', () => {
    const sim = run({ partitions: 6 });
    const appended = eventsOf(sim.trace(), 'record.appended');
    expect(appended.length).toBeGreaterThan(300);
    for (const r of appended) expect(r.partition).toBe(`orders-${partitionForKey(r.key!, 6)}`);
  });

  it('assigns dense offsets from 0 in every partition', () => {
    const sim = run({ partitions: 3 });
    for (const p of sim.getState().partitions) {
      const offsets = p.records.slice(0, p.logEndOffset).map((r) => r?.offset);
      expect(offsets).toEqual(offsets.map((_, i) => i));
    }
  });

  it('keeps one producer’s records in send order within a partition, despite network jitter', () => {
    const sim = run({
      brokers: [{ id: 'b1', networkDelayMs: 1, networkJitterMsMean: 20 }],
      partitions: 2,
    });
    for (const values of valuesByPartition(sim.trace()).values()) {
      const seqs = values.map((v) => Number(v.split('-')[1]));
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    }
  });

  it('makes every record due within one millisecond in one engine event', () => {
    const scenario = buildScenario({
      partitions: 1,
      producers: [
        { id: 'p1', topic: 'orders', rate: { kind: 'constant', intervalMs: 0.25 }, lingerMs: 0 },
      ],
      // Nobody consumes, so the only engine events are the producer's and its requests'.
      members: [{ id: 'c1', joinAtMs: null }],
    });
    const sim = createSimulation(scenario);
    // Step until the producer's first event has run: four records, so four batches sent at once.
    while (sim.trace().every((e) => e.type !== 'batch.sent')) sim.step();
    const first = eventsOf(sim.trace(), 'batch.sent');
    expect(first).toHaveLength(4);
    expect(new Set(first.map((e) => e.atMs)).size).toBe(1);
    // In the next 999 ms the producer makes 3,996 records in 999 events (one a record would be
    // 3,996); each record's batch goes alone (no linger) and costs a request and a response.
    const { steps } = sim.runUntil(sim.nowMs() + 1_000);
    const requests = eventsOf(sim.trace(), 'batch.sent').length - first.length;
    expect(requests).toBe(3_996);
    expect(steps - 2 * requests).toBeGreaterThanOrEqual(990);
    expect(steps - 2 * requests).toBeLessThanOrEqual(1_005);
  });

  it('batches by linger.ms and batch.size', () => {
    const lingering = run({
      partitions: 1,
      producers: [
        {
          id: 'p1',
          topic: 'orders',
          rate: { kind: 'constant', intervalMs: 1 },
          lingerMs: 20,
          batchSizeRecords: 8,
        },
      ],
    });
    const sizes = eventsOf(lingering.trace(), 'batch.sent').map((b) => b.count);
    // A record every 1 ms fills an 8-record batch before 20 ms of linger pass.
    expect(sizes.every((n) => n === 8)).toBe(true);

    const slow = run({
      partitions: 1,
      producers: [
        {
          id: 'p1',
          topic: 'orders',
          rate: { kind: 'constant', intervalMs: 10 },
          lingerMs: 25,
          batchSizeRecords: 100,
        },
      ],
    });
    const sent = eventsOf(slow.trace(), 'batch.sent');
    // With a record every 10 ms, linger closes each batch after 25 ms holding 3 records.
    expect(sent.slice(0, -1).every((b) => b.count === 3)).toBe(true);
  });

  it('sends a null-key batch to one sticky partition, then picks again', () => {
    const sim = run({
      partitions: 4,
      producers: [
        {
          id: 'p1',
          topic: 'orders',
          rate: { kind: 'constant', intervalMs: 1 },
          keys: { kind: 'null' },
          lingerMs: 50,
          batchSizeRecords: 10,
        },
      ],
    });
    const sent = eventsOf(sim.trace(), 'batch.sent');
    expect(sent.every((b) => b.count === 10)).toBe(true);
    expect(new Set(sent.map((b) => b.partition)).size).toBeGreaterThan(1);
  });

  it('spreads records evenly with the round-robin partitioner', () => {
    const sim = run(
      {
        partitions: 4,
        producers: [
          {
            id: 'p1',
            topic: 'orders',
            rate: { kind: 'constant', intervalMs: 5 },
            keys: { kind: 'uniform', count: 3 },
            partitioner: 'round-robin',
            lingerMs: 0,
          },
        ],
      },
      4_000,
    );
    const ends = sim.getState().partitions.map((p) => p.logEndOffset);
    expect(Math.max(...ends) - Math.min(...ends)).toBeLessThanOrEqual(1);
  });

  it('sends a hot key about as often as its share', () => {
    const sim = run({
      producers: [
        {
          id: 'p1',
          topic: 'orders',
          rate: { kind: 'constant', intervalMs: 2 },
          keys: { kind: 'hot', count: 10, hotSharePercent: 70 },
        },
      ],
    });
    const keys = eventsOf(sim.trace(), 'record.appended').map((r) => r.key);
    const share = keys.filter((k) => k === 'k0').length / keys.length;
    expect(share).toBeGreaterThan(0.65);
    expect(share).toBeLessThan(0.75);
  });

  it('acknowledges every appended batch back to its producer', () => {
    const sim = run({});
    const p = sim.getState().producers[0]!;
    const appended = eventsOf(sim.trace(), 'record.appended').length;
    expect(p.sentCount).toBeGreaterThanOrEqual(appended);
    expect(p.ackedCount).toBeLessThanOrEqual(appended);
    expect(appended - p.ackedCount).toBeLessThan(5);
  });
});
