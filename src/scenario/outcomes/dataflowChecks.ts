// The dataflow assertions. dataflowMetric reads the `dataflow.metrics` samples of one dataflow
// in a span of time and compares their largest, smallest or last value; sinkRows counts the rows
// readers of a sink can see at a time, as the world view shows them (so an idempotent upsert's
// overwritten rows and a transactional sink's uncommitted ones do not count). The sink facts read
// here serve failureFreeOutput too, which also reads stream jobs' sinks.

import type {
  DataflowSinkRowView,
  TraceEvent,
  TraceEventOf,
  WorldView,
} from '../../engine/index.ts';
import type { Assertion } from '../guided/guidedTypes.ts';
import { bound, compare, ms } from './compare.ts';
import { metricSpanWords, sinkRowsWords } from './describeAssertion.ts';
import type { Verdict } from './outcomeTypes.ts';

type Of<K extends Assertion['kind']> = Extract<Assertion, { kind: K }>;
type Metrics = TraceEventOf<'dataflow.metrics'>;

/** Rows of every sink at one time, by `<dataflow>/<sink>`. */
export type SinkFacts = ReadonlyMap<string, readonly DataflowSinkRowView[]>;
export type SinkFactsAt = (tMs: number) => SinkFacts;

const isMetrics = (event: TraceEvent): event is Metrics => event.type === 'dataflow.metrics';

export function checkDataflowMetric(
  a: Of<'dataflowMetric'>,
  trace: readonly TraceEvent[],
): Verdict {
  const afterMs = a.afterMs ?? 0;
  const byMs = a.byMs ?? Number.POSITIVE_INFINITY;
  const samples = trace
    .filter(isMetrics)
    .filter((e) => e.job === a.job && e.atMs >= afterMs && e.atMs < byMs)
    .map((e) => e[a.metric])
    .filter((v) => v !== null);
  const what = `${metricSpanWords(a)} of dataflow ${a.job}`;
  if (samples.length === 0) {
    return {
      ok: false,
      message: `expected ${what} to be ${bound(a.op, a.value)}, but there is no sample with a value`,
    };
  }
  const found =
    a.stat === 'max'
      ? Math.max(...samples)
      : a.stat === 'min'
        ? Math.min(...samples)
        : samples.at(-1)!;
  const ok = compare(found, a.op, a.value);
  return {
    ok,
    message: ok
      ? `${what} is ${found}, as expected (${bound(a.op, a.value)})`
      : `expected ${what} to be ${bound(a.op, a.value)}, found ${found}`,
  };
}

/**
 * The time a sinkRows assertion, or a failureFreeOutput assertion on a sink, reads the world at;
 * none for the other kinds.
 */
export function sinkProbeTimes(a: Assertion, durationMs: number): number[] {
  if (a.kind === 'sinkRows') return [a.atMs];
  if (a.kind === 'failureFreeOutput' && a.group === undefined) return [a.atMs ?? durationMs];
  return [];
}

/**
 * What the sink assertions need from a WorldView: every sink's visible rows, a dataflow's under
 * `<dataflow>/<sink>`, a stream job's under its id.
 */
export function sinkFacts(view: WorldView): SinkFacts {
  const facts = new Map<string, readonly DataflowSinkRowView[]>();
  for (const dataflow of view.dataflows) {
    for (const [sink, rows] of Object.entries(dataflow.sinks))
      facts.set(`${dataflow.id}/${sink}`, rows);
  }
  for (const job of view.streamJobs) facts.set(job.id, job.sinkOutput);
  return facts;
}

export function checkSinkRows(a: Of<'sinkRows'>, factsAt: SinkFactsAt): Verdict {
  const rows = factsAt(a.atMs).get(`${a.job}/${a.sink}`) ?? [];
  const found = rows.filter(
    (row) =>
      (a.key === undefined || row.key === a.key) &&
      (a.window === undefined ||
        (row.window !== null && row.window[0] === a.window[0] && row.window[1] === a.window[1])),
  ).length;
  const ok = compare(found, a.op, a.count);
  const what = `${sinkRowsWords(a)} at ${ms(a.atMs)}`;
  return {
    ok,
    message: ok
      ? `${found} ${what}, as expected (${bound(a.op, a.count)})`
      : `expected ${bound(a.op, a.count)} ${what}, found ${found}`,
  };
}
