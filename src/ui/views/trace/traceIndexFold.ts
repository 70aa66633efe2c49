// The filtered trace as a list of matching trace indices, grown incrementally as the trace grows.
// With no filter it stores nothing: row i is trace index i. Indices live in a growable Int32Array,
// four bytes per match, so even a million-event trace filters without a million objects.

import type { TraceEvent } from '../../../engine/index.ts';
import type { TraceFold } from '../traceFollower.ts';
import { isFilterActive, matchesFilter, NO_FILTER, type TraceFilter } from './traceFilter.ts';

export interface TraceIndexSnapshot {
  /** Events in the trace up to now. */
  readonly total: number;
  /** Events that pass the filter. */
  readonly count: number;
  /** Trace indices of the matches, ascending; read entries 0..count-1. Null: all match. */
  readonly indices: Int32Array | null;
  /** Changes whenever the fold started again, so cached rows know to refresh. */
  readonly epoch: number;
}

export interface TraceIndexFold extends TraceFold<TraceIndexSnapshot> {
  readonly setFilter: (filter: TraceFilter) => void;
}

export function createTraceIndexFold(): TraceIndexFold {
  let filter = NO_FILTER;
  let indices = new Int32Array(1024);
  let count = 0;
  let total = 0;
  let epoch = 0;
  const push = (index: number): void => {
    if (count === indices.length) {
      const bigger = new Int32Array(indices.length * 2);
      bigger.set(indices);
      indices = bigger;
    }
    indices[count] = index;
    count += 1;
  };
  return {
    setFilter(next) {
      filter = next;
    },
    reset() {
      count = 0;
      total = 0;
      epoch += 1;
    },
    add(events: readonly TraceEvent[], firstIndex: number) {
      total = firstIndex + events.length;
      if (!isFilterActive(filter)) return;
      events.forEach((event, i) => {
        if (matchesFilter(event, filter)) push(firstIndex + i);
      });
    },
    snapshot() {
      const active = isFilterActive(filter);
      return { total, count: active ? count : total, indices: active ? indices : null, epoch };
    },
  };
}

/**
 * The trace index shown in row `row`, newest first or oldest first.
 *
 * @example
 * traceIndexOfRow({ total: 10, count: 10, indices: null, epoch: 1 }, 0, true); // 9
 */
export function traceIndexOfRow(
  snapshot: TraceIndexSnapshot,
  row: number,
  newestFirst: boolean,
): number {
  const position = newestFirst ? snapshot.count - 1 - row : row;
  return snapshot.indices === null ? position : (snapshot.indices[position] ?? -1);
}

/** The row showing trace index `index`, or null when it is filtered out. */
export function rowOfTraceIndex(
  snapshot: TraceIndexSnapshot,
  index: number,
  newestFirst: boolean,
): number | null {
  const position =
    snapshot.indices === null
      ? index < snapshot.total
        ? index
        : -1
      : binarySearch(snapshot.indices, snapshot.count, index);
  if (position < 0) return null;
  return newestFirst ? snapshot.count - 1 - position : position;
}

function binarySearch(sorted: Int32Array, length: number, value: number): number {
  let lo = 0;
  let hi = length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = sorted[mid] ?? 0;
    if (at === value) return mid;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
