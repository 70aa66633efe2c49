// Exactly-once for dataflows, checked against the failure-free run: the same scenario without its
// task failures (`job.fail`), whose cluster faults still shape the same input logs (checked first).
// A sink is compared only when its rows cannot depend on timing (dataflowAnalysis.ts), no record
// could have come late to its event-time operators whatever the timing, neither run fired late or
// dropped anything, no source of either run had its offsets reset (an unclean election truncated
// the log below what it had read, so it read some offsets twice), and both runs have settled (read everything, nothing in flight or staged);
// windowed rows count only for windows both runs closed. Then a transactional sink must hold the
// same rows, an idempotent sink the same table (when each key's last write is decided by the
// data), and an append sink every row of the failure-free run at least once. A changelog whose
// values depend on the order keys meet is compared by its rows per key, one per record.

import {
  createSimulation,
  type DataflowOperatorSpec,
  type DataflowSinkRowView,
  type DataflowView,
  type Simulation,
  type WorldView,
} from '../../src/engine/index.ts';
import type { ScenarioFile } from '../../src/scenario/index.ts';
import type { SinkAnalysis } from './dataflowAnalysis.ts';
import { windowsOfAssigner } from './jobWindows.ts';
import {
  checkFlow,
  DataflowCheck,
  type DataflowChecks,
  type Expect,
  type FlowState,
} from './dataflowCheckState.ts';

/** What a run's trace says of one dataflow, for the comparison. */
interface RunFacts {
  readonly view: DataflowView;
  /** A window fired late or a record was dropped as late. */
  readonly late: boolean;
  /**
   * A source's read position was reset (a truncation took the log below it), so the source read
   * some offsets twice or skipped some: exactly-once against the input is not defined then.
   */
  readonly reset: boolean;
  readonly lastLag: number | undefined;
  /** How many rows each sink row id (`sink#key|window`) was written, in the failure-free run. */
  readonly writes: ReadonlyMap<string, number>;
}

const rowId = (sink: string, key: string, window: readonly [number, number] | null): string =>
  `${sink}#${key}|${window === null ? '-' : `${window[0]}|${window[1]}`}`;

function cleanFacts(sim: Simulation, view: DataflowView): RunFacts {
  let late = false;
  let reset = false;
  let lastLag: number | undefined;
  const writes = new Map<string, number>();
  const length = sim.traceLength();
  for (let from = 0; from < length; from += 50_000) {
    for (const e of sim.traceSlice(from, Math.min(length, from + 50_000))) {
      if (e.type === 'consumer.offset.reset' && e.consumer.startsWith(`${view.id}/`)) reset = true;
      if (!('job' in e) || e.job !== view.id) continue;
      if ((e.type === 'window.fired' && e.timing === 'late') || e.type === 'window.late.dropped')
        late = true;
      else if (e.type === 'dataflow.metrics') lastLag = e.lagRecords;
      else if (e.type === 'dataflow.output') {
        const id = rowId(e.sink, e.key, e.window);
        writes.set(id, (writes.get(id) ?? 0) + 1);
      }
    }
  }
  return { view, late, reset, lastLag, writes };
}

function logText(view: WorldView, topics: ReadonlySet<string>): string {
  return view.partitions
    .filter((p) => topics.has(p.topic))
    .map((p) => {
      const rows: string[] = [];
      for (let o = p.logStartOffset; o < p.highWatermark; o++) {
        const r = p.records[o];
        rows.push(r === undefined ? '-' : `${r.key}=${r.value}@${r.eventTimeMs}`);
      }
      return `${p.id}: ${rows.join(' ')}`;
    })
    .join('\n');
}

/** The highest watermark at which reading a record at `ts` changes no result `op` already made. */
function harmlessUpToMs(op: DataflowOperatorSpec, ts: number): number {
  if (op.kind === 'intervalJoin') return ts - 1;
  if (op.kind !== 'window' && op.kind !== 'windowJoin') return Infinity;
  if (op.assigner.kind === 'session') return ts - 2;
  const earliestEnd = windowsOfAssigner(op.assigner, ts).at(-1)?.[1] ?? ts + 1;
  return earliestEnd - 2;
}

/**
 * True when no record of the dataflow's sources can have come late to the event-time operators it
 * reaches, whatever the timing: its partition's watermark (the largest earlier timestamp there,
 * less the bound) stays at or below what the record tolerates, and every operator's watermark is a
 * minimum over such partition watermarks, sent in order behind the records. Idleness breaks that.
 */
function recordsInBound(f: FlowState, view: WorldView): boolean {
  const w = f.analysis.spec.watermarks;
  const bound =
    w.strategy === 'ascending'
      ? 0
      : w.strategy === 'bounded-out-of-orderness'
        ? (w.maxOutOfOrdernessMs ?? 0)
        : undefined;
  for (const [topic, ops] of f.analysis.eventTimeOpsOf) {
    if (ops.length === 0) continue;
    if (bound === undefined || w.idleTimeoutMs !== undefined) return false;
    for (const p of view.partitions) {
      if (p.topic !== topic) continue;
      let before = -Infinity;
      for (let o = p.logStartOffset; o < p.highWatermark; o++) {
        const ts = p.records[o]?.eventTimeMs;
        if (ts === undefined) continue;
        const mark = before - bound - 1;
        if (ops.some((op) => mark > harmlessUpToMs(op, ts))) return false;
        before = Math.max(before, ts);
      }
    }
  }
  return true;
}

function settled(facts: RunFacts): boolean {
  const v = facts.view;
  return (
    v.running &&
    v.uncommittedRows === 0 &&
    facts.lastLag === 0 &&
    v.edges.every((e) => e.records === 0) &&
    v.operators.every((o) => o.subtasks.every((s) => s.pendingOut === 0))
  );
}

const rowText = (r: DataflowSinkRowView): string =>
  `${r.key}|${r.window === null ? '-' : `${r.window[0]}|${r.window[1]}`}=${JSON.stringify(r.value)}`;

function firstDifference(a: readonly string[], b: readonly string[]): string {
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if (a[i] !== b[i]) return `at ${i}: ${a[i] ?? '(none)'} vs ${b[i] ?? '(none)'}`;
  return 'none';
}

/** Windowed rows of windows both runs closed; unwindowed rows of settled runs. */
function closedInBoth(sink: SinkAnalysis, faulty: DataflowView, clean: DataflowView) {
  const marks = sink.windowOps.flatMap((id) =>
    [faulty, clean].map((v) => v.operators.find((o) => o.id === id)?.watermarkMs ?? null),
  );
  const wm = marks.includes(null) ? null : Math.min(...(marks as number[]));
  return (r: DataflowSinkRowView): boolean =>
    r.window === null || (wm !== null && r.window[1] - 1 <= wm);
}

type Pair = {
  readonly faulty: readonly DataflowSinkRowView[];
  readonly clean: readonly DataflowSinkRowView[];
};

/** A row without its value: what a changelog whose values depend on timing can be compared by. */
const rowKey = (r: DataflowSinkRowView): string =>
  `${r.key}|${r.window === null ? '-' : `${r.window[0]}|${r.window[1]}`}`;

function compareSink(
  c: DataflowChecks,
  id: string,
  sink: SinkAnalysis,
  rows: Pair,
  expect: Expect,
): void {
  const what = `${id} sink ${sink.id}`;
  const text = sink.timing === 'changelog order' ? rowKey : rowText;
  if (sink.kind === 'append') {
    const have = new Map<string, number>();
    for (const r of rows.faulty) have.set(text(r), (have.get(text(r)) ?? 0) + 1);
    const missing = rows.clean.map(text).filter((r) => {
      const n = have.get(r) ?? 0;
      have.set(r, n - 1);
      return n <= 0;
    });
    checkFlow(
      c,
      DataflowCheck.flowAppend,
      expect,
      missing.length === 0,
      `${what} lost ${missing.length} rows of the failure-free run, first ${missing[0]}`,
    );
    return;
  }
  const [a, b] = [rows.faulty.map(text).sort(), rows.clean.map(text).sort()];
  const name =
    sink.kind === 'transactional' ? DataflowCheck.flowTransactional : DataflowCheck.flowIdempotent;
  checkFlow(
    c,
    name,
    expect,
    a.join('\n') === b.join('\n'),
    `${what} holds ${a.length} rows, the failure-free run ${b.length}; first difference ${firstDifference(a, b)}`,
  );
}

/** Whether a sink can be compared, or why not. */
function comparability(
  f: FlowState,
  sink: SinkAnalysis,
  runs: { faulty: RunFacts; clean: RunFacts },
  inBound: boolean,
): string {
  if (sink.timing !== null && !sink.countable) return sink.timing;
  if (runs.faulty.reset || runs.clean.reset) return 'source offsets reset';
  if (sink.eventTimeOps.length > 0 && (runs.faulty.late || runs.clean.late || !inBound))
    return 'late data';
  if (!settled(runs.faulty) || !settled(runs.clean)) return 'not settled';
  if (sink.kind === 'idempotent-upsert' && !sink.ordered && !sink.countable) {
    // The last write to a row decides it; without a fixed order per key, only one write may do.
    for (const [row, n] of runs.clean.writes)
      if (row.startsWith(`${sink.id}#`) && n > 1) return 'last write races';
  }
  return f.running ? 'compared' : 'not settled';
}

function compareFlow(
  c: DataflowChecks,
  f: FlowState,
  views: { faulty: WorldView; clean: WorldView },
  cleanSim: Simulation,
  expect: Expect,
): void {
  const id = f.analysis.spec.id;
  const faultyDf = views.faulty.dataflows.find((d) => d.id === id);
  const cleanDf = views.clean.dataflows.find((d) => d.id === id);
  if (faultyDf === undefined || cleanDf === undefined) return;
  const topics = new Set(
    f.analysis.spec.operators.flatMap((o) =>
      o.kind === 'source' ? [o.topic] : o.kind === 'tableJoin' ? [o.tableTopic] : [],
    ),
  );
  const [a, b] = [logText(views.faulty, topics), logText(views.clean, topics)];
  checkFlow(
    c,
    DataflowCheck.flowSameInput,
    expect,
    a === b,
    `${id}: the failure-free run's input logs differ from the faulty run's; first difference ${firstDifference(a.split('\n'), b.split('\n'))}`,
  );
  const faulty: RunFacts = {
    view: faultyDf,
    late: f.lateFirings > 0 || f.dropped > 0,
    reset: f.offsetResets > 0,
    lastLag: f.samples.at(-1)?.lagRecords,
    writes: new Map(),
  };
  const clean = cleanFacts(cleanSim, cleanDf);
  const inBound = recordsInBound(f, views.faulty);
  for (const sink of f.analysis.sinks) {
    const outcome = a !== b ? 'input differs' : comparability(f, sink, { faulty, clean }, inBound);
    const counted = outcome === 'compared' && sink.countable;
    f.comparisons.set(sink.id, counted ? 'compared (rows per key)' : outcome);
    if (outcome !== 'compared') continue;
    const closed = closedInBoth(sink, faultyDf, cleanDf);
    const rows = {
      faulty: (faultyDf.sinks[sink.id] ?? []).filter(closed),
      clean: (cleanDf.sinks[sink.id] ?? []).filter(closed),
    };
    // Nothing to compare (no window closed in both runs, say) is reported apart, not as compared.
    if (rows.faulty.length === 0 && rows.clean.length === 0)
      f.comparisons.set(sink.id, 'nothing to compare');
    compareSink(c, id, sink, rows, expect);
  }
}

/** True when some sink of a failed dataflow may be compared: its rows do not depend on timing. */
function anyComparable(c: DataflowChecks, scenario: ScenarioFile): boolean {
  const failed = failedFlows(scenario);
  return [...c.flows].some(
    ([id, f]) => failed.has(id) && f.analysis.sinks.some((s) => s.timing === null || s.countable),
  );
}

function failedFlows(scenario: ScenarioFile): Set<string> {
  return new Set(scenario.interventions.flatMap((i) => (i.type === 'job.fail' ? [i.target] : [])));
}

/**
 * The failure-free run for the dataflows: the scenario without its task failures and without its
 * consumer groups and stream jobs, which only read, so the dataflows' input logs come out the same
 * (the comparison checks that) at a fraction of the cost. Undefined when no failed dataflow has a
 * sink that could be compared.
 */
export function runFlowsFailureFree(
  c: DataflowChecks,
  scenario: ScenarioFile,
): Simulation | undefined {
  if (!anyComparable(c, scenario)) return undefined;
  const consumers = new Set(
    scenario.topology.consumerGroups.flatMap((g) => g.members.map((m) => m.id)),
  );
  const touchesConsumer = (i: ScenarioFile['interventions'][number]): boolean =>
    i.type.startsWith('consumer.') ||
    consumers.has(i.target) ||
    ('peer' in i && consumers.has(i.peer));
  const clean = createSimulation({
    ...scenario,
    topology: { ...scenario.topology, consumerGroups: [], streamJobs: [] },
    interventions: scenario.interventions.filter(
      (i) => i.type !== 'job.fail' && !touchesConsumer(i),
    ),
  });
  clean.runUntil(scenario.durationMs);
  return clean;
}

/**
 * Compares each dataflow that failed with the failure-free run `clean` (the scenario without its
 * `job.fail` interventions, run to the end; see runFlowsFailureFree).
 */
export function compareDataflowsWithFailureFree(
  c: DataflowChecks,
  scenario: ScenarioFile,
  faulty: WorldView,
  clean: Simulation,
  expect: Expect,
): void {
  const failed = failedFlows(scenario);
  const cleanView = clean.getState();
  for (const [id, f] of c.flows) {
    if (failed.has(id)) compareFlow(c, f, { faulty, clean: cleanView }, clean, expect);
  }
}
