// Checks of the replicated log, fed by the same trace and view checkpoints as traceChecks.ts:
// (a) no record acknowledged under acks=all, min.insync.replicas >= 2 and RF >= 3 is missing from
// the final leader log unless an unclean election happened on its partition; (b) the high
// watermark never falls except at a `highWatermark.lowered` event right after an unclean election;
// live in-sync replicas hold at least the high watermark; records are appended only at a live
// leader; and (e) after the heal every partition whose brokers are all up has a leader, a full ISR
// and a high watermark at its log end. The engine itself checks that in-sync followers are
// prefixes of the leader below the high watermark, after every step.

import type { PartitionView, TraceEvent, WorldView } from '../../src/engine/index.ts';
import type { ScenarioFile } from '../../src/scenario/index.ts';

export interface ClusterCheckState {
  /** Producers with acks=all, whose acknowledged records (a) guards. */
  readonly acksAll: ReadonlySet<string>;
  /** Partitions of topics with RF >= 3, min.insync.replicas >= 2, no retention or compaction. */
  readonly guarded: ReadonlySet<string>;
  /** Per guarded partition, `producer/value` of the latest record appended at each offset. */
  readonly valueAt: Map<string, (string | undefined)[]>;
  /** Per guarded partition, `producer/value` of every acknowledged record. */
  readonly acked: Map<string, Set<string>>;
  /** Partitions that had an unclean leader election. */
  readonly unclean: Set<string>;
  /** When each partition last had an unclean election. */
  readonly uncleanAtMs: Map<string, number>;
  /** Lowest high watermark the trace proves (a consumer fetched below it), per partition. */
  readonly hwFloor: Map<string, number>;
  /** The high watermark seen at the last view checkpoint, per partition. */
  readonly hwSeen: Map<string, number>;
  /** Current leader per partition (null offline), and which brokers are up, from the trace. */
  readonly leader: Map<string, string | null>;
  readonly brokerUp: Map<string, boolean>;
  /** Counts for the sweep's coverage figures. */
  readonly seen: { elections: number; hwLowered: number; truncations: number };
}

function partitionNames(name: string, partitions: number): string[] {
  return Array.from({ length: partitions }, (_, i) => `${name}-${i}`);
}

export function createClusterCheckState(
  scenario: ScenarioFile,
  initial?: WorldView,
): ClusterCheckState {
  const guarded = new Set<string>();
  for (const t of scenario.topology.topics) {
    const keepsAll =
      (t.cleanupPolicy ?? 'delete') === 'delete' &&
      t.retentionMs === undefined &&
      t.retentionRecords === undefined;
    if ((t.replicationFactor ?? 1) >= 3 && (t.minInsyncReplicas ?? 1) >= 2 && keepsAll)
      for (const p of partitionNames(t.name, t.partitions)) guarded.add(p);
  }
  return {
    acksAll: new Set(
      scenario.topology.producers.filter((p) => (p.acks ?? 'all') === 'all').map((p) => p.id),
    ),
    guarded,
    valueAt: new Map(),
    acked: new Map(),
    unclean: new Set(),
    uncleanAtMs: new Map(),
    hwFloor: new Map(),
    hwSeen: new Map(),
    leader: new Map(initial?.partitions.map((p) => [p.id, p.leader]) ?? []),
    brokerUp: new Map(scenario.topology.brokers.map((b) => [b.id, true])),
    seen: { elections: 0, hwLowered: 0, truncations: 0 },
  };
}

type Expect = (ok: boolean, message: string) => void;

function recordAppended(
  c: ClusterCheckState,
  e: TraceEvent & { type: 'record.appended' },
  expect: Expect,
): void {
  const leader = c.leader.get(e.partition);
  if (leader !== undefined)
    expect(
      leader !== null && c.brokerUp.get(leader) === true,
      `${e.partition} appended offset ${e.offset} while its leader ${leader ?? '(none)'} is down`,
    );
  if (!c.guarded.has(e.partition)) return;
  const values = c.valueAt.get(e.partition) ?? [];
  values[e.offset] = `${e.producer}/${e.value}`;
  c.valueAt.set(e.partition, values);
}

function batchAcked(c: ClusterCheckState, e: TraceEvent & { type: 'batch.acked' }): void {
  if (e.baseOffset < 0 || !c.guarded.has(e.partition) || !c.acksAll.has(e.producer)) return;
  const values = c.valueAt.get(e.partition) ?? [];
  const acked = c.acked.get(e.partition) ?? new Set<string>();
  for (let o = e.baseOffset; o < e.baseOffset + e.count; o++) {
    const v = values[o];
    if (v !== undefined) acked.add(v);
  }
  c.acked.set(e.partition, acked);
}

function leaderElected(
  c: ClusterCheckState,
  e: TraceEvent & { type: 'partition.leader.elected' },
): void {
  c.leader.set(e.partition, e.leader);
  c.seen.elections++;
  if (!e.unclean) return;
  c.unclean.add(e.partition);
  c.uncleanAtMs.set(e.partition, e.atMs);
}

function highWatermarkLowered(
  c: ClusterCheckState,
  e: TraceEvent & { type: 'highWatermark.lowered' },
  expect: Expect,
): void {
  expect(
    c.uncleanAtMs.get(e.partition) === e.atMs && e.to < e.from,
    `${e.partition} high watermark lowered from ${e.from} to ${e.to} without an unclean election just before`,
  );
  c.hwFloor.set(e.partition, e.to);
  c.hwSeen.set(e.partition, e.to);
  c.seen.hwLowered++;
}

/** Takes one trace event into the cluster state; `expect` records a check and its outcome. */
export function observeClusterEvent(c: ClusterCheckState, e: TraceEvent, expect: Expect): void {
  switch (e.type) {
    case 'record.appended':
      return recordAppended(c, e, expect);
    case 'batch.acked':
      return batchAcked(c, e);
    case 'partition.leader.elected':
      return leaderElected(c, e);
    case 'partition.offline':
      c.leader.set(e.partition, null);
      return;
    case 'broker.crashed':
    case 'broker.restarted':
      c.brokerUp.set(e.broker, e.type === 'broker.restarted');
      return;
    case 'highWatermark.lowered':
      return highWatermarkLowered(c, e, expect);
    case 'replica.truncated':
      c.seen.truncations++;
      return;
    case 'consumer.fetched': {
      const end = e.fromOffset + e.count;
      c.hwFloor.set(e.partition, Math.max(c.hwFloor.get(e.partition) ?? 0, end));
      return;
    }
    default:
      return;
  }
}

/** (b) and in-sync replicas at a checkpoint: the high watermark only rises, ISR members hold it. */
export function checkClusterView(c: ClusterCheckState, view: WorldView, expect: Expect): void {
  for (const p of view.partitions) {
    const floor = Math.max(c.hwFloor.get(p.id) ?? 0, c.hwSeen.get(p.id) ?? 0);
    expect(
      p.highWatermark >= floor,
      `${p.id} high watermark ${p.highWatermark} is below ${floor}, seen or read before, with no highWatermark.lowered`,
    );
    c.hwSeen.set(p.id, p.highWatermark);
    if (p.leader === null) continue;
    for (const r of p.replicas) {
      if (!r.inSync || !r.brokerUp) continue;
      expect(
        r.logEndOffset >= p.highWatermark,
        `${p.id} in-sync replica on ${r.broker} ends at ${r.logEndOffset}, below the high watermark ${p.highWatermark}`,
      );
    }
  }
}

function leaderLogValues(p: PartitionView): Set<string> {
  const values = new Set<string>();
  for (let o = p.logStartOffset; o < p.logEndOffset; o++) {
    const r = p.records[o];
    if (r !== undefined) values.add(`${r.producer}/${r.value}`);
  }
  return values;
}

/** (a) at the end: every acknowledged record of a guarded, cleanly led partition is in its log. */
export function checkAckedKept(c: ClusterCheckState, view: WorldView, expect: Expect): number {
  let checked = 0;
  for (const p of view.partitions) {
    const acked = c.acked.get(p.id);
    if (acked === undefined || c.unclean.has(p.id)) continue;
    const log = leaderLogValues(p);
    const lost = [...acked].filter((v) => !log.has(v));
    checked += acked.size;
    expect(
      lost.length === 0,
      `${p.id} lost ${lost.length} of ${acked.size} records acknowledged under acks=all (first: ${lost.slice(0, 3).join(', ')})`,
    );
  }
  return checked;
}

/** (e) at the end: a partition whose replicas are all up has a leader, a full ISR, HW at log end. */
export function checkClusterLiveness(view: WorldView, expect: Expect): void {
  for (const p of view.partitions) {
    if (!p.replicas.every((r) => r.brokerUp)) continue;
    expect(p.leader !== null, `liveness: ${p.id} ends with no leader`);
    expect(
      p.isr.length === p.replicas.length,
      `liveness: ${p.id} ends with ISR [${p.isr.join(', ')}] of ${p.replicas.length} replicas`,
    );
    expect(
      p.highWatermark === p.logEndOffset,
      `liveness: ${p.id} ends with high watermark ${p.highWatermark} below its log end ${p.logEndOffset}`,
    );
  }
}
