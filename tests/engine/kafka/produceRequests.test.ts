// Kafka's sender: a node is ready once any batch for a partition it leads has lingered (or is
// full), and then every open batch for that node leaves in one produce request, answered once.

import { describe, expect, it } from 'vitest';
import { createSimulation, partitionForKey } from '../../../src/engine/index.ts';
import { buildScenario } from '../../support/scenarios.ts';
import { eventsOf } from '../../support/traceQueries.ts';

const PARTITIONS = 4;

/** A key that Kafka's default partitioner puts on `partition` of the 4-partition topic. */
function keyFor(partition: number): string {
  for (let i = 0; ; i++) if (partitionForKey(`k${i}`, PARTITIONS) === partition) return `k${i}`;
}

/** Leaders by partition name, read from the world itself rather than assumed. */
function leadersOf(sim: ReturnType<typeof createSimulation>): Map<string, string | null> {
  return new Map(sim.getState().partitions.map((p) => [p.id, p.leader]));
}

function scripted(records: readonly { atMs: number; partition: number }[], extra = {}) {
  return buildScenario({
    partitions: PARTITIONS,
    brokers: [
      { id: 'b1', networkDelayMs: 2 },
      { id: 'b2', networkDelayMs: 2 },
    ],
    producers: [
      {
        id: 'p1',
        topic: 'orders',
        rate: {
          kind: 'scripted',
          records: records.map((r, i) => ({
            atMs: r.atMs,
            key: keyFor(r.partition),
            value: `v${i}`,
          })),
        },
        lingerMs: 5,
        batchSizeRecords: 4,
        ...extra,
      },
    ],
  });
}

/** Two partitions that share a leader, and one led by the other broker. */
function layout(): { same: [number, number]; other: number } {
  const sim = createSimulation(scripted([]));
  const leaders = leadersOf(sim);
  const byBroker = new Map<string | null, number[]>();
  for (let p = 0; p < PARTITIONS; p++) {
    const leader = leaders.get(`orders-${p}`) ?? null;
    byBroker.set(leader, [...(byBroker.get(leader) ?? []), p]);
  }
  const groups = [...byBroker.values()];
  const pair = groups.find((g) => g.length >= 2)!;
  const lone = groups.find((g) => g !== pair)!;
  return { same: [pair[0]!, pair[1]!], other: lone[0]! };
}

function sentTimes(sim: ReturnType<typeof createSimulation>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const b of eventsOf(sim.trace(), 'batch.sent'))
    out.set(b.partition, [...(out.get(b.partition) ?? []), b.atMs]);
  return out;
}

describe("the producer's sender drains a ready node into one request", () => {
  it('sends a young batch with an older one for the same broker, but not one for another broker', () => {
    const { same, other } = layout();
    const sim = createSimulation(
      scripted([
        { atMs: 0, partition: same[0] },
        { atMs: 3, partition: same[1] },
        { atMs: 4, partition: other },
      ]),
      { checkInvariantsEveryStep: true },
    );
    sim.runUntil(100);
    const sent = sentTimes(sim);
    // The first batch lingers 5 ms; at 5 ms its broker is ready and takes the 2 ms-old batch too.
    expect(sent.get(`orders-${same[0]}`)).toEqual([5]);
    expect(sent.get(`orders-${same[1]}`)).toEqual([5]);
    // The other broker's batch is not ready until its own linger is up.
    expect(sent.get(`orders-${other}`)).toEqual([9]);
    // One request, one answer: both batches are acknowledged at the same instant.
    const acked = eventsOf(sim.trace(), 'batch.acked');
    const ackAt = (p: number) => acked.find((a) => a.partition === `orders-${p}`)!.atMs;
    expect(ackAt(same[0])).toBe(ackAt(same[1]));
    expect(acked).toHaveLength(3);
  });

  it('drains the whole node at once when one batch fills up', () => {
    const { same } = layout();
    const fill = [0, 1, 2, 3].map((atMs) => ({ atMs: atMs + 1, partition: same[1] }));
    const sim = createSimulation(scripted([{ atMs: 0, partition: same[0] }, ...fill]));
    sim.runUntil(100);
    const sent = sentTimes(sim);
    // The fourth record fills same[1]'s batch at 4 ms, before same[0]'s linger is up at 5 ms.
    expect(sent.get(`orders-${same[1]}`)).toEqual([4]);
    expect(sent.get(`orders-${same[0]}`)).toEqual([4]);
    expect(eventsOf(sim.trace(), 'batch.sent').map((b) => b.count)).toEqual([1, 4]);
  });

  it('loses a whole request to one dropped response, and retries each of its batches', () => {
    const { same } = layout();
    const base = scripted(
      [
        { atMs: 0, partition: same[0] },
        { atMs: 1, partition: same[1] },
      ],
      { requestTimeoutMs: 500, retries: 3, retryBackoffMs: 10 },
    );
    const leader = leadersOf(createSimulation(base)).get(`orders-${same[0]}`)!;
    const sim = createSimulation(
      {
        ...base,
        interventions: [{ atMs: 0, type: 'broker.dropAcks', target: leader, count: 1 }],
      },
      { checkInvariantsEveryStep: true },
    );
    sim.runUntil(2_000);
    const trace = sim.trace();
    // One response held both answers, so both are dropped and both batches time out together.
    expect(eventsOf(trace, 'produce.response.dropped')).toHaveLength(2);
    const failed = eventsOf(trace, 'batch.failed');
    expect(failed.map((f) => [f.atMs, f.reason])).toEqual([
      [505, 'REQUEST_TIMED_OUT'],
      [505, 'REQUEST_TIMED_OUT'],
    ]);
    // The retries are idempotent duplicates: each partition still holds its record once.
    expect(eventsOf(trace, 'batch.duplicate')).toHaveLength(2);
    for (const p of same) {
      const log = sim.getState().partitions.find((x) => x.id === `orders-${p}`)!;
      expect(log.logEndOffset).toBe(1);
    }
  });
});
