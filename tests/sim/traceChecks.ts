// Safety checks over the trace, fed incrementally so the sweep can check at several times during a
// run without reading the trace twice. They restate the engine's invariants from the outside (the
// trace is what the UI and golden files trust) and add ordering properties the engine does not
// assert: dense offsets per partition, commits within the log, commits that never move backwards
// unless a seek or an unclean election allowed it, and assignments that cover every partition
// once. A leader election sets the log end to the new leader's; the checks of the replicated log
// itself are in clusterChecks.ts, those of stream jobs in jobTraceChecks.ts and those of
// dataflows in dataflowTraceChecks.ts.

import {
  formatTraceLine,
  type Simulation,
  type TraceEvent,
  type TraceEventOf,
  type WorldView,
} from '../../src/engine/index.ts';
import type { ScenarioFile } from '../../src/scenario/index.ts';
import {
  createClusterCheckState,
  observeClusterEvent,
  type ClusterCheckState,
} from './clusterChecks.ts';
import { createDataflowChecks, type DataflowChecks } from './dataflowCheckState.ts';
import { observeDataflowEvent } from './dataflowTraceChecks.ts';
import { fnv1a } from './determinismChecks.ts';
import { createJobChecks, type JobChecks } from './jobCheckState.ts';
import { observeJobEvent } from './jobTraceChecks.ts';

export interface RefusedCommit {
  readonly offset: number;
  readonly reason: string;
}

export interface TraceCheckState {
  /** Index of the next trace event to check. */
  cursor: number;
  checks: number;
  readonly violations: string[];
  readonly groupOf: ReadonlyMap<string, string>;
  readonly assignorOf: ReadonlyMap<string, string>;
  /** Partition names each group subscribes to. */
  readonly partitionsOf: ReadonlyMap<string, readonly string[]>;
  readonly logEnd: Map<string, number>;
  /** Keyed `group/partition`. */
  readonly committed: Map<string, number>;
  /** A refused commit that no later commit has superseded, keyed `group/partition`. */
  readonly refusedCommit: Map<string, RefusedCommit>;
  readonly seeked: Set<string>;
  /** The highest offset a reset policy moved a position to, keyed `group/partition`. */
  readonly resetFloor: Map<string, number>;
  /** Offsets processed at least once, keyed `group/partition`, as a growable flag array. */
  readonly processed: Map<string, Uint8Array>;
  /** A hash of each event's text when first checked, to prove later that it never changed. */
  readonly lineHashes: number[];
  readonly cluster: ClusterCheckState;
  /** The stream jobs' checks, with a count per named check. */
  readonly jobs: JobChecks;
  /** The dataflows' checks, counted in the same table as the jobs'. */
  readonly flows: DataflowChecks;
  /** When each consumer last crashed. */
  readonly crashedAtMs: Map<string, number>;
}

function subscribedPartitions(scenario: ScenarioFile, topics: readonly string[]): string[] {
  return scenario.topology.topics
    .filter((t) => topics.includes(t.name))
    .flatMap((t) => Array.from({ length: t.partitions }, (_, i) => `${t.name}-${i}`));
}

/** `initial`: the view at time 0, which names each partition's first leader. */
export function createTraceCheckState(
  scenario: ScenarioFile,
  initial?: WorldView,
): TraceCheckState {
  const groupOf = new Map<string, string>();
  const assignorOf = new Map<string, string>();
  const partitionsOf = new Map<string, string[]>();
  for (const g of scenario.topology.consumerGroups) {
    assignorOf.set(g.id, g.assignor);
    partitionsOf.set(g.id, subscribedPartitions(scenario, g.topics));
    for (const m of g.members) groupOf.set(m.id, g.id);
  }
  const jobs = createJobChecks(scenario);
  return {
    cursor: 0,
    checks: 0,
    violations: [],
    groupOf,
    assignorOf,
    partitionsOf,
    logEnd: new Map(),
    committed: new Map(),
    refusedCommit: new Map(),
    seeked: new Set(),
    resetFloor: new Map(),
    processed: new Map(),
    lineHashes: [],
    cluster: createClusterCheckState(scenario, initial),
    jobs,
    flows: createDataflowChecks(scenario, jobs.counts),
    crashedAtMs: new Map(),
  };
}

function expect(s: TraceCheckState, ok: boolean, e: TraceEvent, message: string): void {
  s.checks++;
  if (!ok) s.violations.push(`at ${e.atMs} ms, ${e.type}: ${message}`);
}

function markProcessed(s: TraceCheckState, key: string, from: number, count: number): void {
  let flags = s.processed.get(key) ?? new Uint8Array(64);
  if (flags.length < from + count) {
    const grown = new Uint8Array(Math.max(from + count, flags.length * 2));
    grown.set(flags);
    flags = grown;
  }
  flags.fill(1, from, from + count);
  s.processed.set(key, flags);
}

/** An unclean election may cut the log below a committed offset, and the group then rewinds. */
function checkCommit(s: TraceCheckState, e: TraceEventOf<'offset.committed'>): void {
  const key = `${e.group}/${e.partition}`;
  const end = s.logEnd.get(e.partition) ?? 0;
  const unclean = s.cluster.unclean.has(e.partition);
  expect(s, e.offset <= end || unclean, e, `${key} committed ${e.offset} past the log end ${end}`);
  const before = s.committed.get(key) ?? -1;
  expect(
    s,
    e.offset >= before || s.seeked.has(key) || unclean,
    e,
    `${key} commit moved back from ${before} to ${e.offset} with no seek or unclean election on that partition`,
  );
  s.committed.set(key, e.offset);
  s.refusedCommit.delete(key);
}

function checkRange(
  s: TraceCheckState,
  e: TraceEventOf<'consumer.fetched' | 'consumer.processed'>,
): void {
  const end = s.logEnd.get(e.partition) ?? 0;
  expect(
    s,
    e.fromOffset >= 0 && e.count > 0 && e.fromOffset + e.count <= end,
    e,
    `${e.consumer} read ${e.partition} [${e.fromOffset}, ${e.fromOffset + e.count}) beyond the log end ${end}`,
  );
}

/** After a rebalance, each partition has at most one owner, and exactly one with an eager assignor. */
function checkAssignment(s: TraceCheckState, e: TraceEventOf<'group.rebalance.completed'>): void {
  const owners = new Map<string, number>();
  for (const list of Object.values(e.assignment))
    for (const p of list) owners.set(p, (owners.get(p) ?? 0) + 1);
  const eager = s.assignorOf.get(e.group) !== 'cooperative-sticky';
  for (const p of s.partitionsOf.get(e.group) ?? []) {
    const n = owners.get(p) ?? 0;
    expect(
      s,
      n <= 1 && (n === 1 || !eager),
      e,
      `${e.group} generation ${e.generation} gives ${p} to ${n} members`,
    );
  }
  for (const p of owners.keys())
    expect(
      s,
      (s.partitionsOf.get(e.group) ?? []).includes(p),
      e,
      `${e.group} assigns unsubscribed ${p}`,
    );
}

function checkEvent(s: TraceCheckState, e: TraceEvent): void {
  observeClusterEvent(s.cluster, e, (ok, message) => expect(s, ok, e, message));
  observeJobEvent(s.jobs, e, (ok, message) => expect(s, ok, e, message));
  observeDataflowEvent(s.flows, e, (ok, message) => expect(s, ok, e, message));
  switch (e.type) {
    case 'record.appended': {
      const end = s.logEnd.get(e.partition) ?? 0;
      expect(
        s,
        e.offset === end,
        e,
        `${e.partition} appended offset ${e.offset} where ${end} was next`,
      );
      s.logEnd.set(e.partition, e.offset + 1);
      return;
    }
    case 'offset.committed':
      return checkCommit(s, e);
    case 'offset.commit.failed':
      s.refusedCommit.set(`${e.group}/${e.partition}`, { offset: e.offset, reason: e.reason });
      return;
    case 'partition.leader.elected':
      // Records above the new leader's log end are gone; the next append takes its log end.
      s.logEnd.set(e.partition, e.logEndOffset);
      return;
    case 'consumer.crashed':
      s.crashedAtMs.set(e.consumer, e.atMs);
      return;
    case 'consumer.processing.failed':
      // A poison record skipped or dead-lettered is dealt with, though never processed.
      if (e.action !== 'retry')
        markProcessed(s, `${s.groupOf.get(e.consumer)}/${e.partition}`, e.offset, 1);
      return;
    case 'consumer.fetched':
      return checkRange(s, e);
    case 'consumer.processed':
      checkRange(s, e);
      return markProcessed(s, `${s.groupOf.get(e.consumer)}/${e.partition}`, e.fromOffset, e.count);
    case 'consumer.seeked':
      s.seeked.add(`${s.groupOf.get(e.consumer)}/${e.partition}`);
      return;
    case 'consumer.offset.reset': {
      const key = `${s.groupOf.get(e.consumer)}/${e.partition}`;
      s.resetFloor.set(key, Math.max(s.resetFloor.get(key) ?? 0, e.offset));
      return;
    }
    case 'group.rebalance.completed':
      return checkAssignment(s, e);
    default:
      return;
  }
}

/** Checks the trace events not seen yet, reading only those from the simulation. */
export function checkNewTraceEvents(s: TraceCheckState, sim: Simulation): void {
  const length = sim.traceLength();
  for (const e of sim.traceSlice(s.cursor, length)) {
    s.lineHashes.push(fnv1a(formatTraceLine(e)));
    checkEvent(s, e);
  }
  s.cursor = length;
}

/**
 * Trace events are history: once emitted, none may change. An event that shares a mutable object
 * with engine state would change under a reader (and differ between a seek and a straight run).
 */
export function checkTraceUnchanged(s: TraceCheckState, sim: Simulation): void {
  const events = sim.traceSlice(0, s.lineHashes.length);
  let changed = -1;
  for (let i = 0; i < events.length && changed < 0; i++)
    if (fnv1a(formatTraceLine(events[i]!)) !== s.lineHashes[i]) changed = i;
  s.checks++;
  if (changed >= 0) {
    const e = events[changed]!;
    s.violations.push(
      `trace event ${changed} (${e.type} at ${e.atMs} ms) changed after it was emitted; it now reads: ${formatTraceLine(e).trim().slice(0, 160)}`,
    );
  }
}
