import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  tableFromLog,
  type ScenarioModel,
  type ScriptedRecord,
  type TopicSpec,
} from '../../../src/engine/index.ts';
import { buildScenario } from '../../support/scenarios.ts';
import { eventsOf } from '../../support/traceQueries.ts';

/** One partition; a producer every 100 ms with 4 keys; a consumer that may be slow. */
function world(
  topic: Partial<TopicSpec>,
  consumer: Record<string, unknown> = {},
  scripted?: ScriptedRecord[],
): ScenarioModel {
  const base = buildScenario({
    partitions: 1,
    durationMs: 60_000,
    producers: [
      {
        id: 'p1',
        topic: 'orders',
        rate: { kind: 'constant', intervalMs: 100 },
        keys: { kind: 'uniform', count: 4 },
        lingerMs: 0,
      },
    ],
    members: [{ id: 'c1', ...consumer }],
  });
  // Scripted records go in after parsing: the file format does not take tombstones (null) yet.
  const producers = scripted
    ? [{ ...base.topology.producers[0]!, rate: { kind: 'scripted' as const, records: scripted } }]
    : base.topology.producers;
  return {
    ...base,
    topology: {
      ...base.topology,
      producers,
      logRetentionCheckIntervalMs: 1_000,
      logCleanerBackoffMs: 1_000,
      topics: [{ ...base.topology.topics[0]!, ...topic }],
    },
  };
}

describe('segments and retention', () => {
  it('rolls segments by record count and deletes whole closed segments by retention.bytes', () => {
    const sim = createSimulation(world({ segmentRecords: 50, retentionRecords: 120 }), {
      checkInvariantsEveryStep: true,
    });
    sim.runUntil(60_000);
    const deleted = eventsOf(sim.trace(), 'segment.deleted');
    expect(deleted.length).toBeGreaterThan(5);
    // Whole segments only: every deletion removes exactly 50 offsets.
    expect(
      deleted.every((d) => d.endOffset - d.baseOffset === 50 && d.reason === 'retention.bytes'),
    ).toBe(true);
    const p = sim.getState().partitions[0]!;
    expect(p.logStartOffset % 50).toBe(0);
    // What is left is at least retention.bytes minus one segment, and at most that plus the active segment.
    expect(p.logEndOffset - p.logStartOffset).toBeGreaterThanOrEqual(70);
    expect(p.logEndOffset - p.logStartOffset).toBeLessThan(120 + 50);
  });

  it('deletes segments whose newest record is older than retention.ms, never the active one', () => {
    const sim = createSimulation(world({ segmentMs: 5_000, retentionMs: 10_000 }), {
      checkInvariantsEveryStep: true,
    });
    sim.runUntil(60_000);
    const deleted = eventsOf(sim.trace(), 'segment.deleted');
    expect(deleted.length).toBeGreaterThan(3);
    for (const d of deleted) expect(d.reason).toBe('retention.ms');
    const p = sim.getState().partitions[0]!;
    const oldest = p.records[p.logStartOffset]!;
    expect(oldest.eventTimeMs).toBeGreaterThan(60_000 - 10_000 - 5_000 - 1_000);
  });

  it('a consumer pushed off the log resets by auto.offset.reset, and the reset shows in the trace', () => {
    const sim = createSimulation(
      world(
        { segmentRecords: 20, retentionRecords: 40 },
        { processingMsPerRecord: 400, maxPollRecords: 1, autoOffsetReset: 'earliest' },
      ),
      { checkInvariantsEveryStep: true },
    );
    sim.runUntil(60_000);
    const resets = eventsOf(sim.trace(), 'consumer.offset.reset').filter((r) =>
      r.policy.includes('out of range'),
    );
    expect(resets.length).toBeGreaterThan(0);
    const deleted = eventsOf(sim.trace(), 'segment.deleted');
    // The reset lands on the log start of the time: the position jumped forward over lost records.
    for (const r of resets) {
      const logStart = deleted.filter((d) => d.atMs <= r.atMs).at(-1)!.logStartOffset;
      expect(r.offset).toBe(logStart);
    }
  });
});

describe('compaction', () => {
  const writes = [
    { atMs: 100, key: 'alice', value: '1' },
    { atMs: 200, key: 'bob', value: '1' },
    { atMs: 300, key: 'alice', value: '2' },
    { atMs: 400, key: 'carol', value: '1' },
    { atMs: 500, key: 'bob', value: null },
    { atMs: 600, key: 'alice', value: '3' },
    { atMs: 700, key: 'dave', value: '1' },
    { atMs: 800, key: 'carol', value: '2' },
  ];

  it('keeps only the latest record per key in closed segments, preserving offsets, never touching the active segment', () => {
    const sim = createSimulation(
      world(
        { cleanupPolicy: 'compact', segmentRecords: 3, deleteRetentionMs: 100_000 },
        {},
        writes,
      ),
      { checkInvariantsEveryStep: true },
    );
    sim.runUntil(10_000);
    const p = sim.getState().partitions[0]!;
    const present = Array.from({ length: p.logEndOffset }, (_, o) =>
      p.records[o] ? o : -1,
    ).filter((o) => o >= 0);
    // Segments [0,3) [3,6) are closed and cleanable; [6,8) is active.
    // In [0,6): alice@0 and alice@2 are superseded by alice@5, bob@1 by the tombstone at 4, carol@3 stays (its newer value is in the active segment).
    expect(present).toEqual([3, 4, 5, 6, 7]);
    expect(p.records[4]!.value).toBeNull();
    expect(eventsOf(sim.trace(), 'log.compacted')[0]!.removedOffsets).toEqual([0, 1, 2]);
    // The compacted log still encodes the same table as the full history.
    expect(tableFromLog(p.records, p.logStartOffset, p.logEndOffset)).toEqual([
      { key: 'alice', value: '3', offset: 5 },
      { key: 'carol', value: '2', offset: 7 },
      { key: 'dave', value: '1', offset: 6 },
    ]);
  });

  it('a fetch skips compaction gaps without counting them against max.poll.records', () => {
    const compacted = { cleanupPolicy: 'compact' as const, segmentRecords: 3 };
    const late = { joinAtMs: 5_000, maxPollRecords: 2, processingMsPerRecord: 1 };
    const sim = createSimulation(world(compacted, late, writes), {
      checkInvariantsEveryStep: true,
    });
    sim.runUntil(10_000);
    const fetched = eventsOf(sim.trace(), 'consumer.fetched');
    const first = fetched.filter((f) => f.atMs === fetched[0]!.atMs);
    // Offsets 0-2 were compacted away: the first poll still returns two records, 3 and 4.
    expect(first.map((f) => [f.fromOffset, f.count])).toEqual([[3, 2]]);
  });

  it('removes tombstones after delete.retention.ms', () => {
    const sim = createSimulation(
      world({ cleanupPolicy: 'compact', segmentRecords: 3, deleteRetentionMs: 2_000 }, {}, writes),
      { checkInvariantsEveryStep: true },
    );
    sim.runUntil(10_000);
    const p = sim.getState().partitions[0]!;
    expect(p.records[4]).toBeUndefined();
    expect(p.records[3]!.key).toBe('carol');
  });
});
