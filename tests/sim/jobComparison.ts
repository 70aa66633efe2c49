// Exactly-once, checked against a failure-free run: the same scenario run again without its job
// failures (`job.fail`). The cluster's faults stay, because they shape the input log, and the job
// never changes the cluster, so both runs must read the same records (checked first). The results
// of an event-time job still depend on timing when a record comes late, so the sinks are compared
// only when no record of the log can be late whatever the timing (its timestamps stay within what
// the watermarks tolerate), neither run fired late, dropped or shed anything, and both runs have
// committed everything they staged, and neither run's job had its read position reset by a
// truncation below it; and only for windows both runs closed. Then a transactional
// sink must commit the same results, an idempotent sink must hold the same table, and an append
// sink must hold every result of the failure-free run at least once. Early panes by processing
// time depend on timing and keep a job out of the exact comparisons; early panes by count over one
// partition do not, so they are compared too (see earlyFiringRestore.test.ts for the rest).

import {
  createSimulation,
  type Simulation,
  type StreamJobView,
  type WorldView,
} from '../../src/engine/index.ts';
import type { ScenarioFile } from '../../src/scenario/index.ts';
import {
  check,
  JobCheck,
  type Expect,
  type JobCheckState,
  type JobChecks,
} from './jobCheckState.ts';
import { harmlessUpToMs } from './jobWindows.ts';

type Result = StreamJobView['sinkOutput'][number];

/** What a run's trace says about one job's timing-dependent outcomes. */
interface RunFacts {
  readonly view: StreamJobView;
  /** A record was dropped or shed, or (Flink) a window fired late: results depend on timing. */
  readonly late: boolean;
  /**
   * The job's read position was reset (a truncation took the log below it), so it read some
   * offsets twice or skipped some: exactly-once against the input is not defined then.
   */
  readonly reset: boolean;
}

interface TimingCounts {
  readonly lateFirings: number;
  readonly offsetResets: number;
}

/** Late firings and offset resets of a job in a run's trace, read in slices, never built whole. */
function timingCountsIn(sim: Simulation, jobId: string): TimingCounts {
  let lateFirings = 0;
  let offsetResets = 0;
  const length = sim.traceLength();
  for (let from = 0; from < length; from += 50_000)
    for (const e of sim.traceSlice(from, Math.min(length, from + 50_000))) {
      if (e.type === 'window.fired' && e.job === jobId && e.timing === 'late') lateFirings++;
      else if (e.type === 'consumer.offset.reset' && e.consumer === jobId) offsetResets++;
    }
  return { lateFirings, offsetResets };
}

function factsOf(
  view: WorldView,
  j: JobCheckState,
  counts: () => TimingCounts,
): RunFacts | undefined {
  const job = view.streamJobs.find((v) => v.id === j.spec.id);
  if (job === undefined) return undefined;
  const { lateFirings, offsetResets } = counts();
  // Kafka Streams marks updates after a window's end "late" too, but they carry the same values.
  const late = job.droppedCount > 0 || job.shedCount > 0 || (j.flink && lateFirings > 0);
  return { view: job, late, reset: offsetResets > 0 };
}

function logText(view: WorldView, topic: string): string {
  return view.partitions
    .filter((p) => p.topic === topic)
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

/** The bound a Flink job's per-partition watermark keeps below the largest timestamp seen. */
function watermarkBoundMs(j: JobCheckState): number | undefined {
  const w = j.spec.watermarks;
  if (w.strategy === 'ascending') return 0;
  return w.strategy === 'bounded-out-of-orderness' ? (w.maxOutOfOrdernessMs ?? 0) : undefined;
}

/**
 * True when no record of the log can have come too late for any of its windows, whatever the
 * timing: in Flink its partition's watermark (the largest earlier timestamp there, less the bound)
 * stays at or below what the record tolerates, and the job's watermark, a minimum over partitions,
 * is lower still; idleness breaks that, so it is not allowed. In Kafka Streams stream time is the
 * largest timestamp read from any partition, so with several partitions all of them count.
 */
function recordsInBound(j: JobCheckState, view: WorldView): boolean {
  const bound = watermarkBoundMs(j);
  if (j.flink && (bound === undefined || j.spec.watermarks.idleTimeoutMs !== undefined))
    return false;
  const logs = view.partitions.filter((p) => p.topic === j.spec.sourceTopic);
  let topicMax = -Infinity;
  for (const p of logs)
    for (let o = p.logStartOffset; o < p.highWatermark; o++)
      topicMax = Math.max(topicMax, p.records[o]?.eventTimeMs ?? -Infinity);
  for (const p of logs) {
    let before = -Infinity;
    for (let o = p.logStartOffset; o < p.highWatermark; o++) {
      const ts = p.records[o]?.eventTimeMs;
      if (ts === undefined) continue;
      const mark = j.flink ? before - (bound ?? 0) - 1 : logs.length === 1 ? before : topicMax;
      if (mark > harmlessUpToMs(j.spec, ts)) return false;
      before = Math.max(before, ts);
    }
  }
  return true;
}

const row = (r: Result): string => `${r.key}|${r.window[0]}|${r.window[1]}=${r.value}`;

function sortedRows(results: readonly Result[]): string[] {
  return results.map(row).sort();
}

/** The latest result per key and window: what an upsert table holds. */
function table(results: readonly Result[]): Map<string, number> {
  const t = new Map<string, number>();
  for (const r of results) t.set(`${r.key}|${r.window[0]}|${r.window[1]}`, r.value);
  return t;
}

/**
 * Kafka Streams emits every update; with several partitions their interleaving, and so the
 * running values, depend on timing, but not how many updates each window gets, nor its last one.
 */
function updateSummary(results: readonly Result[], partitions: number): string[] {
  if (partitions === 1) return results.map(row);
  const counts = new Map<string, number>();
  for (const r of results) {
    const pane = `${r.key}|${r.window[0]}|${r.window[1]}`;
    counts.set(pane, (counts.get(pane) ?? 0) + 1);
  }
  const last = table(results);
  return [...counts].map(([pane, n]) => `${pane} x${n} last ${last.get(pane)}`).sort();
}

function firstDifference(a: readonly string[], b: readonly string[]): string {
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if (a[i] !== b[i]) return `at ${i}: ${a[i] ?? '(none)'} vs ${b[i] ?? '(none)'}`;
  return 'none';
}

interface Pair {
  readonly faulty: readonly Result[];
  readonly clean: readonly Result[];
  /** Partitions of the job's topic. */
  readonly partitions: number;
}

function compareSinks(c: JobChecks, j: JobCheckState, pair: Pair, expect: Expect): void {
  const id = j.spec.id;
  const kind = j.spec.sink?.kind;
  const early = j.spec.window.earlyFiring !== undefined;
  // Early panes by count come at the same records in every run when one partition fixes their
  // order: a restore must then neither lose nor repeat one (the checkpoint holds the trigger).
  const countedEarly =
    early && j.spec.window.earlyFiring?.everyMs === undefined && pair.partitions === 1;
  const onUpdate = !j.flink && j.spec.emit !== 'on-window-close';
  if (kind === 'transactional' && (!early || countedEarly)) {
    const rows = (r: readonly Result[]): string[] =>
      onUpdate ? updateSummary(r, pair.partitions) : sortedRows(r);
    const [a, b] = [rows(pair.faulty), rows(pair.clean)];
    check(
      c,
      JobCheck.transactional,
      expect,
      a.join() === b.join(),
      `${id} committed ${a.length} results, the failure-free run ${b.length}; first difference ${firstDifference(a, b)}`,
    );
  } else if (
    kind === 'idempotent-upsert' &&
    !(early && j.spec.window.accumulation === 'discarding')
  ) {
    // The sink itself is the table: one row per key and window, so a duplicate row is an error too.
    const [a, b] = [sortedRows(pair.faulty), sortedRows(pair.clean)];
    check(
      c,
      JobCheck.idempotent,
      expect,
      a.join() === b.join(),
      `${id} upserted table has ${a.length} rows, the failure-free run's ${b.length}; first difference ${firstDifference(a, b)}`,
    );
  } else if (kind === 'append' && !early && !onUpdate) {
    const have = new Map<string, number>();
    for (const r of pair.faulty) have.set(row(r), (have.get(row(r)) ?? 0) + 1);
    const missing = pair.clean.map(row).filter((r) => {
      const n = have.get(r) ?? 0;
      have.set(r, n - 1);
      return n <= 0;
    });
    check(
      c,
      JobCheck.append,
      expect,
      missing.length === 0,
      `${id} append sink lost ${missing.length} results of the failure-free run, first ${missing[0]}`,
    );
  }
}

type Comparison = NonNullable<JobCheckState['comparison']>;

/** Whether the two runs' sinks can be compared, or why not. */
function comparability(
  j: JobCheckState,
  faulty: { readonly view: WorldView; readonly facts: RunFacts; readonly log: string },
  clean: { readonly facts: RunFacts; readonly log: string },
): Comparison {
  if (faulty.log !== clean.log) return 'input differs';
  if (faulty.facts.reset || clean.facts.reset) return 'source offsets reset';
  if (faulty.facts.view.sinkStaged > 0 || clean.facts.view.sinkStaged > 0) return 'not settled';
  if (faulty.facts.late || clean.facts.late || !recordsInBound(j, faulty.view)) return 'late data';
  return 'compared';
}

/** Results of windows that both runs closed: Flink by the lower final watermark. */
function closedInBoth(
  j: JobCheckState,
  faulty: StreamJobView,
  clean: StreamJobView,
): (r: Result) => boolean {
  if (!j.flink) return () => true;
  const marks = [faulty.watermarkMs, clean.watermarkMs];
  if (marks.includes(null)) return () => false;
  const wm = Math.min(...(marks as number[]));
  return (r) => r.window[1] - 1 <= wm;
}

/**
 * The failure-free run of `scenario`: without its job and dataflow failures, run to the end; or
 * undefined when no stream job failed.
 */
export function runFailureFree(scenario: ScenarioFile): Simulation | undefined {
  const jobs = new Set((scenario.topology.streamJobs ?? []).map((j) => j.id));
  if (!scenario.interventions.some((i) => i.type === 'job.fail' && jobs.has(i.target)))
    return undefined;
  const cleanScenario = {
    ...scenario,
    interventions: scenario.interventions.filter((i) => i.type !== 'job.fail'),
  };
  const clean = createSimulation(cleanScenario);
  clean.runUntil(scenario.durationMs);
  return clean;
}

/**
 * Compares each failed job's sink with the failure-free run's (`clean`, or one run here). Returns
 * the failure-free simulation, or undefined when no job failed (nothing to compare).
 */
export function compareWithFailureFree(
  c: JobChecks,
  scenario: ScenarioFile,
  faulty: WorldView,
  expect: Expect,
  clean: Simulation | undefined = runFailureFree(scenario),
): Simulation | undefined {
  if (clean === undefined) return undefined;
  const cleanView = clean.getState();
  for (const [id, j] of c.jobs) {
    const f = factsOf(faulty, j, () => j);
    const g = factsOf(cleanView, j, () => timingCountsIn(clean, id));
    if (f === undefined || g === undefined) continue;
    const [a, b] = [logText(faulty, f.view.sourceTopic), logText(cleanView, g.view.sourceTopic)];
    check(
      c,
      JobCheck.sameInput,
      expect,
      a === b,
      `${id}: the failure-free run's ${f.view.sourceTopic} log differs from the faulty run's; first difference ${firstDifference(a.split('\n'), b.split('\n'))}`,
    );
    j.comparison = comparability(j, { view: faulty, facts: f, log: a }, { facts: g, log: b });
    if (j.comparison !== 'compared') continue;
    const closed = closedInBoth(j, f.view, g.view);
    const partitions = f.view.partitions.length;
    compareSinks(
      c,
      j,
      {
        faulty: f.view.sinkOutput.filter(closed),
        clean: g.view.sinkOutput.filter(closed),
        partitions,
      },
      expect,
    );
  }
  return clean;
}
