// When each trace entry happened, kept as runs rather than as a number in every row: entries are
// written in time order and hundreds share a millisecond, so a run (first entry, time) per
// millisecond with any entry costs a few kilobytes where a time per row cost a sixth of the trace.
// A replay after a seek writes the same entries at the same times again, so it leaves the runs
// as they were; a timeline that parts from them is truncated first (see truncateTrace).

export interface TraceTimes {
  /** First absolute entry of each run, ascending. */
  starts: number[];
  /** The time of every entry of the run, in milliseconds. */
  times: number[];
  /** The run the last lookup found: reads tend to go forward through the trace. */
  cursor: number;
}

export function createTraceTimes(): TraceTimes {
  return { starts: [], times: [], cursor: 0 };
}

/** Index of the run holding absolute entry `index`, which must be at or after the first run. */
function runOf(t: TraceTimes, index: number): number {
  const n = t.starts.length;
  const c = t.cursor;
  if (c < n && t.starts[c]! <= index && (c + 1 === n || t.starts[c + 1]! > index)) return c;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  t.cursor = lo;
  return lo;
}

/** Drops the runs that start at or after absolute entry `index`. */
function cutRunsFrom(t: TraceTimes, index: number): void {
  while (t.starts.length > 0 && t.starts[t.starts.length - 1]! >= index) {
    t.starts.pop();
    t.times.pop();
  }
  t.cursor = 0;
}

/** Notes that absolute entry `index` happened at `atMs`; entries come in time order. */
export function noteEntryTime(t: TraceTimes, index: number, atMs: number): void {
  const last = t.starts.length - 1;
  if (last >= 0 && index >= t.starts[last]!) {
    if (t.times[last] === atMs) return;
  } else if (last >= 0 && index >= t.starts[0]!) {
    // A replay behind the newest run writes what it wrote before; anything else parts from it.
    if (t.times[runOf(t, index)] === atMs) return;
  }
  cutRunsFrom(t, index);
  const n = t.times.length;
  if (n > 0 && t.times[n - 1] === atMs) return;
  t.starts.push(index);
  t.times.push(atMs);
}

/** The time of absolute entry `index`, which must have been noted and not evicted. */
export function entryTimeMs(t: TraceTimes, index: number): number {
  return t.times[runOf(t, index)]!;
}

/** Forgets the times of entries at or past `length`. */
export function truncateTimes(t: TraceTimes, length: number): void {
  cutRunsFrom(t, length);
}

/** Forgets the runs wholly below absolute entry `index`; the run holding it stays. */
export function evictTimesBefore(t: TraceTimes, index: number): void {
  let drop = 0;
  while (drop + 1 < t.starts.length && t.starts[drop + 1]! <= index) drop++;
  if (drop === 0) return;
  t.starts = t.starts.slice(drop);
  t.times = t.times.slice(drop);
  t.cursor = 0;
}
