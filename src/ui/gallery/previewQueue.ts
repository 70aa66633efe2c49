// Runs the gallery's preview jobs one at a time, in slices of a few milliseconds with a timer
// between them, so computing every card's sparkline never blocks the page for long. Finished
// series are cached by key for the page's lifetime: the runs are deterministic, so a series never
// goes stale, and returning to the gallery shows them at once.

import type { RecordSeries, RecordSeriesJob } from './recordSeries.ts';

/** Wall time one slice may take before the queue yields to the browser. */
export const SLICE_MS_MAX = 8;

interface Request {
  readonly key: string;
  readonly makeJob: () => RecordSeriesJob;
  readonly listeners: Set<(series: RecordSeries) => void>;
  job: RecordSeriesJob | null;
}

const cache = new Map<string, RecordSeries>();
const pending = new Map<string, Request>();
let timer: ReturnType<typeof setTimeout> | null = null;

/** The cached series for `key`, if it has been computed. */
export function cachedPreview(key: string): RecordSeries | undefined {
  return cache.get(key);
}

/**
 * Asks for the series of `key`; `onDone` runs once it is ready. Returns a cancel function, and a
 * job nobody waits for any more is dropped.
 *
 * @example
 * const cancel = requestPreview(id, () => startRecordSeries(scenario, createSimulation), setSeries);
 */
export function requestPreview(
  key: string,
  makeJob: () => RecordSeriesJob,
  onDone: (series: RecordSeries) => void,
): () => void {
  const cached = cache.get(key);
  if (cached !== undefined) {
    onDone(cached);
    return () => undefined;
  }
  let request = pending.get(key);
  if (request === undefined) {
    request = { key, makeJob, listeners: new Set(), job: null };
    pending.set(key, request);
  }
  request.listeners.add(onDone);
  schedule();
  const owner = request;
  return () => {
    owner.listeners.delete(onDone);
    if (owner.listeners.size === 0) pending.delete(owner.key);
  };
}

function schedule(): void {
  timer ??= setTimeout(runSlice, 0);
}

function runSlice(): void {
  timer = null;
  const request = pending.values().next().value;
  if (request === undefined) return;
  const started = performance.now();
  let more = true;
  try {
    request.job ??= request.makeJob();
    while (more && performance.now() - started < SLICE_MS_MAX) more = request.job.step();
  } catch {
    // A scenario the engine cannot run has no preview; the card keeps its schematic.
    pending.delete(request.key);
    more = true;
  }
  if (!more && request.job !== null) finish(request, request.job.result());
  if (pending.size > 0) schedule();
}

function finish(request: Request, series: RecordSeries): void {
  cache.set(request.key, series);
  pending.delete(request.key);
  for (const listener of request.listeners) listener(series);
}
