// Records appended over a scenario's run, in equal time buckets, for the gallery's sparkline. The
// run is headless and cut into one `runUntil` per bucket, so a caller can spread it over several
// tasks; a cap on engine steps keeps a heavy scenario from costing more than a preview is worth.

import type { ScenarioModel, Simulation } from '../../engine/index.ts';

export interface RecordSeries {
  /** Records appended in each bucket, in time order; shorter than asked when the cap cut it. */
  readonly counts: readonly number[];
  readonly bucketMs: number;
  /** The virtual time the preview covers: the scenario's length unless the cap cut it. */
  readonly spanMs: number;
  /** False when the step cap stopped the run before the scenario's end. */
  readonly complete: boolean;
}

export interface RecordSeriesJob {
  /** Runs one more bucket; returns false once the series is finished. */
  readonly step: () => boolean;
  readonly result: () => RecordSeries;
}

export interface RecordSeriesOptions {
  readonly buckets?: number;
  /** Engine events the whole preview may run. */
  readonly stepsMax?: number;
}

export const PREVIEW_BUCKETS = 40;
export const PREVIEW_STEPS_MAX = 60_000;

/**
 * Starts a headless run of `scenario` that counts `record.appended` events per bucket.
 *
 * @example
 * const job = startRecordSeries(scenario, createSimulation);
 * while (job.step()) {}
 * job.result().counts;
 */
export function startRecordSeries(
  scenario: ScenarioModel,
  createSimulation: (scenario: ScenarioModel) => Simulation,
  options: RecordSeriesOptions = {},
): RecordSeriesJob {
  const buckets = Math.max(1, options.buckets ?? PREVIEW_BUCKETS);
  const bucketMs = Math.max(1, Math.ceil(scenario.durationMs / buckets));
  let stepsLeft = options.stepsMax ?? PREVIEW_STEPS_MAX;
  let sim: Simulation | null = null;
  let cursor = 0;
  let complete = true;
  let finished = false;
  let spanMs = 0;
  const counts: number[] = [];
  const step = (): boolean => {
    if (finished) return false;
    sim ??= createSimulation(scenario);
    const untilMs = Math.min(scenario.durationMs, (counts.length + 1) * bucketMs);
    const run = sim.runUntil(untilMs, { maxSteps: stepsLeft });
    stepsLeft -= run.steps;
    spanMs = sim.nowMs();
    const length = sim.traceLength();
    counts.push(sim.traceSlice(cursor, length).filter((e) => e.type === 'record.appended').length);
    cursor = length;
    if (run.truncated) complete = false;
    finished = run.truncated || untilMs >= scenario.durationMs;
    return !finished;
  };
  return { step, result: () => ({ counts: [...counts], bucketMs, spanMs, complete }) };
}

/** Records appended in the whole series. */
export function recordTotal(series: RecordSeries): number {
  return series.counts.reduce((sum, n) => sum + n, 0);
}
