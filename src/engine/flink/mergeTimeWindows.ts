// Flink's TimeWindow.intersects, cover and mergeWindows for session windows. It groups windows
// that overlap or touch; it must not know about keys, contents or timers.

import type { WindowBounds } from './windowOperatorTypes.ts';

/** One merge group: the covering window and the windows it swallowed, sorted by start then end. */
export interface WindowMergeGroup {
  cover: WindowBounds;
  members: WindowBounds[];
}

/**
 * True when two windows overlap or touch. Flink compares with `<=` and `>=` on the exclusive ends,
 * so `[0, 5)` and `[5, 10)` intersect: a session continues when the next record arrives exactly
 * one gap after the last.
 *
 * @example
 * ```ts
 * windowsIntersect([0, 5], [5, 10]); // true
 * windowsIntersect([0, 5], [6, 11]); // false
 * ```
 */
export function windowsIntersect(a: WindowBounds, b: WindowBounds): boolean {
  return a[0] <= b[1] && a[1] >= b[0];
}

/**
 * The smallest window covering both windows.
 *
 * @example
 * ```ts
 * coverWindows([0, 5], [3, 12]); // [0, 12]
 * ```
 */
export function coverWindows(a: WindowBounds, b: WindowBounds): WindowBounds {
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}

function compareWindows(a: WindowBounds, b: WindowBounds): number {
  return a[0] - b[0] || a[1] - b[1];
}

/**
 * Sorts windows by start and sweeps them once, growing the current cover while the next window
 * intersects the cover (not just the previous window), as TimeWindow.mergeWindows does. Returns
 * every group, including single-window groups, in start order; the end is a tie-break that Flink
 * leaves to its sort's stability, so that equal starts always group the same way here.
 *
 * @example
 * ```ts
 * mergeTimeWindows([[5, 10], [0, 5], [20, 25]]);
 * // [{ cover: [0, 10], members: [[0, 5], [5, 10]] }, { cover: [20, 25], members: [[20, 25]] }]
 * ```
 */
export function mergeTimeWindows(windows: readonly WindowBounds[]): WindowMergeGroup[] {
  const sorted = [...windows].sort(compareWindows);
  const groups: WindowMergeGroup[] = [];
  let current: WindowMergeGroup | undefined;
  for (const candidate of sorted) {
    if (current !== undefined && windowsIntersect(current.cover, candidate)) {
      current.cover = coverWindows(current.cover, candidate);
      current.members.push(candidate);
    } else {
      current = { cover: [candidate[0], candidate[1]], members: [candidate] };
      groups.push(current);
    }
  }
  return groups;
}
