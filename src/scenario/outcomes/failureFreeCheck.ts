// The failureFreeOutput assertion: what readers of one output see in this run, compared with the
// failure-free run (failureFreeScenario.ts). The output is a stream job's sink or a dataflow's sink
// operator, read from the world view at a time (its visible rows: every row of an append sink, an
// upsert's table, a transactional sink's committed rows), or the records a consumer group
// processed by that time, read as an append log (one row per processing) or as an upsert table
// (the last value per key). Rows are compared as multisets, so the order of writes, which a
// recovery changes, does not count; a difference is reported by its first row in sorted order.

import type { TraceEvent } from '../../engine/index.ts';
import type { Assertion } from '../guided/guidedTypes.ts';
import type { ScenarioFile } from '../scenarioSchema.ts';
import { ms } from './compare.ts';
import { sinkFacts, type SinkFacts, type SinkFactsAt } from './dataflowChecks.ts';
import { failureFreeWords } from './describeAssertion.ts';
import type { OutcomeRun, Verdict } from './outcomeTypes.ts';

type FailureFree = Extract<Assertion, { kind: 'failureFreeOutput' }>;

/** A row as text; text values are quoted so that "7" and 7 differ. */
function rowText(key: string, window: readonly [number, number] | null, value: unknown): string {
  const where = window === null ? '' : ` [${window[0]},${window[1]})`;
  return `${key}${where} = ${JSON.stringify(value)}`;
}

/** The rows readers of a job's or dataflow's sink see at a time. */
function sinkRows(sinksAt: SinkFactsAt, tMs: number, a: FailureFree): string[] {
  const id = a.sink === undefined ? (a.job ?? '') : `${a.job ?? ''}/${a.sink}`;
  return (sinksAt(tMs).get(id) ?? []).map((r) => rowText(r.key, r.window, r.value));
}

function topicOf(partition: string): string {
  return partition.slice(0, Math.max(partition.lastIndexOf('-'), 0));
}

/**
 * The records a group's members processed before `beforeMs`: one row per processing
 * (`partition@offset key = value`), or per key the value processed last (a null value deletes).
 */
function groupRows(
  trace: readonly TraceEvent[],
  scenario: ScenarioFile,
  a: FailureFree,
  beforeMs: number,
): string[] {
  const spec = scenario.topology.consumerGroups.find((g) => g.id === a.group);
  const topics = new Set(spec?.topics ?? []);
  const members = new Set(spec?.members.map((m) => m.id) ?? []);
  const records = new Map<string, { key: string; value: string | null }>();
  const log: string[] = [];
  const table = new Map<string, string | null>();
  for (const e of trace) {
    if (e.atMs >= beforeMs) break;
    if (e.type === 'record.appended' && topics.has(topicOf(e.partition)))
      records.set(`${e.partition}@${e.offset}`, { key: e.key ?? '(null)', value: e.value });
    if (e.type !== 'consumer.processed' || !members.has(e.consumer)) continue;
    for (let offset = e.fromOffset; offset < e.fromOffset + e.count; offset++) {
      const id = `${e.partition}@${offset}`;
      const record = records.get(id);
      if (record === undefined) continue;
      log.push(`${id} ${rowText(record.key, null, record.value)}`);
      table.set(record.key, record.value);
    }
  }
  if (a.as !== 'upsert') return log;
  return [...table].filter(([, v]) => v !== null).map(([k, v]) => rowText(k, null, v));
}

function counts(rows: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const row of rows) m.set(row, (m.get(row) ?? 0) + 1);
  return m;
}

/** The rows whose counts differ, in sorted order, with both counts. */
function differences(here: readonly string[], clean: readonly string[]) {
  const [a, b] = [counts(here), counts(clean)];
  const rows = [...new Set([...a.keys(), ...b.keys()])].sort();
  return rows
    .map((row) => ({ row, here: a.get(row) ?? 0, clean: b.get(row) ?? 0 }))
    .filter((d) => d.here !== d.clean);
}

const times = (n: number): string => (n === 1 ? 'once' : `${n} times`);

/** One run as this check reads it: its trace, and the sinks' rows at a time. */
export interface RunOutputs {
  readonly trace: readonly TraceEvent[];
  readonly sinksAt: SinkFactsAt;
}

/** What one run's output is, read at the assertion's time. */
function outputOf(run: RunOutputs, scenario: ScenarioFile, a: FailureFree, atMs: number): string[] {
  if (a.group !== undefined) return groupRows(run.trace, scenario, a, atMs);
  return sinkRows(run.sinksAt, atMs, a);
}

/** The outputs of each failure-free run seen, so its world is read once per time at most. */
const outputsByRun = new WeakMap<OutcomeRun, RunOutputs>();

function outputsOf(run: OutcomeRun): RunOutputs {
  let outputs = outputsByRun.get(run);
  if (outputs === undefined) {
    const facts = new Map<number, SinkFacts>();
    const sinksAt = (tMs: number): SinkFacts => {
      let f = facts.get(tMs);
      if (f === undefined) facts.set(tMs, (f = sinkFacts(run.stateAt(tMs))));
      return f;
    };
    outputs = { trace: run.trace, sinksAt };
    outputsByRun.set(run, outputs);
  }
  return outputs;
}

/**
 * Compares the output of this run with the failure-free run's, at `atMs` (default: the end).
 * `failureFree` runs the failure-free scenario, or is undefined when the caller cannot.
 */
export function checkFailureFree(
  a: FailureFree,
  scenario: ScenarioFile,
  run: RunOutputs,
  failureFree: (() => OutcomeRun) | undefined,
): Verdict {
  const atMs = a.atMs ?? scenario.durationMs;
  const what = `${failureFreeWords(a)} at ${ms(atMs)}`;
  if (failureFree === undefined) {
    return {
      ok: false,
      message: `cannot compare ${what} with the failure-free run: the caller did not run it (OutcomeRun.failureFree)`,
    };
  }
  const here = outputOf(run, scenario, a, atMs);
  const clean = outputOf(outputsOf(failureFree()), scenario, a, atMs);
  const diff = differences(here, clean);
  const sizes = `${here.length} rows here, ${clean.length} in the failure-free run`;
  if (diff.length === 0) {
    const ok = a.expect === 'equal';
    const same = `${what} equal the failure-free run's (${here.length} rows)`;
    return {
      ok,
      message: ok
        ? same
        : `expected ${what} to differ from the failure-free run's, but they are the same (${here.length} rows)`,
    };
  }
  const first = diff[0]!;
  const firstWords = `first difference: ${first.row} appears ${times(first.here)} here, ${times(first.clean)} in the failure-free run`;
  const detail = `${sizes}, ${diff.length} distinct rows differ; ${firstWords}`;
  const ok = a.expect === 'different';
  return {
    ok,
    message: ok
      ? `${what} differ from the failure-free run's, as expected: ${detail}`
      : `expected ${what} to equal the failure-free run's, but ${detail}`,
  };
}
