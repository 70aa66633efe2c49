import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  formatTraceText,
  partitionForKey,
  type ScenarioModel,
} from '../../../src/engine/index.ts';
import { eventsOf } from '../../support/traceQueries.ts';
import { liveWorld, runAll, type Timed } from './liveWorld.ts';

const GROW: Timed = { atMs: 3_000, type: 'topic.alterPartitions', target: 'orders', partitions: 5 };

/** Partition number of a "<topic>-<n>" name. */
const numberOf = (partition: string): number =>
  Number(partition.slice(partition.lastIndexOf('-') + 1));

describe('topic.alterPartitions', () => {
  it('creates the new partitions at that moment; before it they do not exist anywhere', () => {
    const scenario = liveWorld([GROW]);
    const sim = createSimulation(scenario);
    sim.runUntil(2_999);
    expect(sim.getState().partitions.map((p) => p.id)).toEqual(['orders-0', 'orders-1']);
    expect(sim.getState().topics).toEqual([{ name: 'orders', partitions: 2, maxPartitions: 6 }]);
    sim.runUntil(3_001);
    expect(sim.getState().partitions.map((p) => p.id)).toEqual([
      'orders-0',
      'orders-1',
      'orders-2',
      'orders-3',
      'orders-4',
    ]);
    expect(sim.getState().partitions.map((p) => p.leader)).toEqual(['b1', 'b1', 'b1', 'b1', 'b1']);
    expect(sim.getState().topics).toEqual([{ name: 'orders', partitions: 5, maxPartitions: 6 }]);
    expect(eventsOf(sim.trace(), 'topic.partitions.increased')).toEqual([
      { atMs: 3_000, type: 'topic.partitions.increased', topic: 'orders', from: 2, to: 5 },
    ]);
    expect(
      eventsOf(sim.trace(), 'record.appended')
        .filter((r) => r.atMs < 3_000)
        .every((r) => numberOf(r.partition) < 2),
    ).toBe(true);
  });

  it("re-maps keyed records by murmur2 modulo the new count from the producer's next metadata refresh", () => {
    const trace = runAll(liveWorld([GROW])).trace();
    // metadata.max.age.ms is 2 s: the producer fetched metadata at 0 and 2 s, so it learns of the
    // growth at 3 s only at 4 s, and until then keeps hashing over two partitions.
    expect(
      eventsOf(trace, 'producer.metadata.updated').map((e) => [e.atMs, e.producer, e.from, e.to]),
    ).toEqual([[4_000, 'p1', 2, 5]]);
    const records = eventsOf(trace, 'record.appended');
    expect(records.some((r) => r.producedAtMs >= 3_000 && r.producedAtMs < 4_000)).toBe(true);
    for (const r of records) {
      const count = r.producedAtMs < 4_000 ? 2 : 5;
      expect(numberOf(r.partition), `${r.key} at ${r.producedAtMs}`).toBe(
        partitionForKey(r.key!, count),
      );
    }
    const moved = [...new Set(records.map((r) => r.key!))].filter(
      (k) => partitionForKey(k, 2) !== partitionForKey(k, 5),
    );
    expect(moved.length).toBeGreaterThan(0);
    // A moved key's records before and after the change sit in different logs: their order is lost.
    const key = moved[0]!;
    const partitionsOfKey = new Set(records.filter((r) => r.key === key).map((r) => r.partition));
    expect(partitionsOfKey.size).toBe(2);
  });

  it('makes the group rebalance and hand out every new partition', () => {
    const trace = runAll(liveWorld([GROW])).trace();
    const started = eventsOf(trace, 'group.rebalance.started').filter((e) => e.atMs >= 3_000);
    expect(started.length).toBeGreaterThan(0);
    const completed = eventsOf(trace, 'group.rebalance.completed').filter((e) => e.atMs >= 3_000);
    const last = completed.at(-1)!;
    expect(Object.values(last.assignment).flat().sort()).toEqual([
      'orders-0',
      'orders-1',
      'orders-2',
      'orders-3',
      'orders-4',
    ]);
    // Records sent to the new partitions are consumed once they are assigned.
    const processed = eventsOf(trace, 'consumer.processed').filter(
      (e) => numberOf(e.partition) >= 2,
    );
    expect(processed.length).toBeGreaterThan(0);
  });

  it('refuses to shrink or to pass maxPartitions, tracing why and changing nothing', () => {
    const shrink: Timed = {
      atMs: 2_000,
      type: 'topic.alterPartitions',
      target: 'orders',
      partitions: 1,
    };
    const tooMany: Timed = {
      atMs: 2_500,
      type: 'topic.alterPartitions',
      target: 'orders',
      partitions: 7,
    };
    const trace = runAll(liveWorld([shrink, tooMany])).trace();
    const rejected = eventsOf(trace, 'intervention.rejected');
    expect(rejected.map((e) => [e.atMs, e.command, e.target])).toEqual([
      [2_000, 'topic.alterPartitions', 'orders'],
      [2_500, 'topic.alterPartitions', 'orders'],
    ]);
    expect(rejected[0]!.reason).toContain('Kafka can only add partitions');
    expect(rejected[1]!.reason).toContain('at most 6 partitions');
    expect(eventsOf(trace, 'topic.partitions.increased')).toEqual([]);
    expect(eventsOf(trace, 'record.appended').every((r) => numberOf(r.partition) < 2)).toBe(true);
  });

  it('reserved slots change nothing until used: the trace equals the same world without them', () => {
    const cluster = (maxPartitions: number): ScenarioModel =>
      liveWorld(
        [
          { atMs: 4_000, type: 'broker.crash', target: 'b2' },
          { atMs: 16_000, type: 'broker.restart', target: 'b2' },
        ],
        {
          brokers: [
            { id: 'b1', networkDelayMs: 1 },
            { id: 'b2', networkDelayMs: 1 },
            { id: 'b3', networkDelayMs: 1 },
          ],
          topic: { replicationFactor: 2, maxPartitions },
          durationMs: 20_000,
        },
      );
    const reserved = runAll(cluster(6)).trace();
    expect(eventsOf(reserved, 'partition.leader.elected').length).toBeGreaterThan(0);
    expect(formatTraceText(reserved)).toBe(formatTraceText(runAll(cluster(2)).trace()));
  });

  it('gives a replicated new partition followers that stay in sync', () => {
    const scenario = liveWorld([GROW], {
      brokers: [
        { id: 'b1', networkDelayMs: 1 },
        { id: 'b2', networkDelayMs: 1 },
      ],
      topic: { replicationFactor: 2 },
      durationMs: 60_000,
    });
    const sim = runAll(scenario);
    const grown = sim.getState().partitions.filter((p) => numberOf(p.id) >= 2);
    expect(grown).toHaveLength(3);
    for (const p of grown) {
      expect(p.isr).toHaveLength(2);
      expect(p.highWatermark).toBeGreaterThan(0);
      expect(p.replicas.every((r) => r.logEndOffset > 0)).toBe(true);
    }
    expect(eventsOf(sim.trace(), 'isr.shrunk')).toEqual([]);
  });

  it('creates a partition whose brokers are all down offline, and elects its leader when one returns', () => {
    const scenario = liveWorld(
      [
        { atMs: 1_000, type: 'broker.crash', target: 'b1' },
        GROW,
        { atMs: 5_000, type: 'broker.restart', target: 'b1' },
      ],
      { topic: { maxPartitions: 6 } },
    );
    const trace = runAll(scenario).trace();
    const offline = eventsOf(trace, 'partition.offline')
      .filter((e) => e.atMs === 3_000)
      .map((e) => e.partition);
    expect(offline).toEqual(['orders-2', 'orders-3', 'orders-4']);
    const elected = eventsOf(trace, 'partition.leader.elected')
      .filter((e) => e.atMs === 5_000)
      .map((e) => e.partition);
    expect(elected).toEqual(expect.arrayContaining(['orders-2', 'orders-3', 'orders-4']));
  });
});

describe("a producer with Kafka's default metadata.max.age.ms (5 minutes)", () => {
  it('keeps writing to the old partitions for the whole run after the topic grows', () => {
    const base = liveWorld([GROW]);
    const producer = { ...base.topology.producers[0]! };
    delete (producer as { metadataMaxAgeMs?: number }).metadataMaxAgeMs;
    const scenario = { ...base, topology: { ...base.topology, producers: [producer] } };
    const trace = runAll(scenario).trace();
    expect(eventsOf(trace, 'producer.metadata.updated')).toEqual([]);
    expect(eventsOf(trace, 'record.appended').every((r) => numberOf(r.partition) < 2)).toBe(true);
  });
});

describe('a consumer group and a grown topic', () => {
  it("rebalances when its leader's metadata refresh shows partitions the assignment lacks", () => {
    const trace = runAll(liveWorld([GROW])).trace();
    // metadata.max.age.ms is 2 s for the members too: the leader's refresh falls due at 4 s and
    // counts at its first poll from then on.
    const noticed = eventsOf(trace, 'consumer.metadata.updated');
    expect(noticed).toHaveLength(1);
    expect(noticed[0]!.atMs).toBeGreaterThanOrEqual(4_000);
    expect(noticed[0]!.partitions).toBe(5);
    const started = eventsOf(trace, 'group.rebalance.started').filter((e) => e.atMs >= 3_000);
    expect(started[0]!.atMs).toBeGreaterThanOrEqual(noticed[0]!.atMs);
  });

  it('with the default metadata.max.age.ms (5 minutes), leaves the new partitions unowned for the run', () => {
    const base = liveWorld([GROW]);
    const group = { ...base.topology.consumerGroups[0]! };
    delete (group as { metadataMaxAgeMs?: number }).metadataMaxAgeMs;
    const scenario = { ...base, topology: { ...base.topology, consumerGroups: [group] } };
    const trace = runAll(scenario).trace();
    expect(eventsOf(trace, 'consumer.metadata.updated')).toEqual([]);
    expect(eventsOf(trace, 'group.rebalance.started').filter((e) => e.atMs >= 3_000)).toEqual([]);
    expect(eventsOf(trace, 'consumer.processed').every((e) => numberOf(e.partition) < 2)).toBe(
      true,
    );
  });
});
