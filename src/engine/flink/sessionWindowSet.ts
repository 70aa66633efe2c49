// Flink's MergingWindowSet for one key: adding a session window merges it with the live windows it
// overlaps or touches. It computes the new set only; it must not touch contents, timers or output.

import { mergeTimeWindows } from './mergeTimeWindows.ts';
import type { WindowBounds } from './windowOperatorTypes.ts';

/** The outcome of adding a window: where the record lands and which live windows it swallowed. */
export interface SessionWindowAddition {
  /** The window the record belongs to: the new window itself, or the cover it merged into. */
  actualWindow: WindowBounds;
  /** Live windows replaced by `actualWindow`; empty when nothing merged or the new window fit inside one. */
  absorbedWindows: WindowBounds[];
  /** The live windows after the addition, sorted by start. */
  windows: WindowBounds[];
}

function sameWindow(a: WindowBounds, b: WindowBounds): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function contains(outer: WindowBounds, inner: WindowBounds): boolean {
  return outer[0] <= inner[0] && inner[1] <= outer[1];
}

/**
 * Adds `newWindow` to a key's live session windows (which never intersect one another) and merges
 * as MergingWindowSet.addWindow does: every live window in the new window's merge group is absorbed
 * into the group's cover, unless the cover is that live window itself, in which case nothing
 * changes and the record simply joins it.
 *
 * @example
 * ```ts
 * addSessionWindow([[0, 5]], [5, 10]);
 * // { actualWindow: [0, 10], absorbedWindows: [[0, 5]], windows: [[0, 10]] }
 * ```
 */
export function addSessionWindow(
  liveWindows: readonly WindowBounds[],
  newWindow: WindowBounds,
): SessionWindowAddition {
  const groups = mergeTimeWindows([...liveWindows, newWindow]);
  const group = groups.find((candidate) => contains(candidate.cover, newWindow));
  if (group === undefined || groups.some((g) => g !== group && g.members.length > 1)) {
    throw new Error('session window set invariant broken: live windows must never intersect');
  }
  const actualWindow = group.cover;
  const absorbedWindows = liveWindows.filter(
    (live) => contains(actualWindow, live) && !sameWindow(live, actualWindow),
  );
  const kept = liveWindows.filter((live) => !contains(actualWindow, live));
  const windows = [...kept, actualWindow].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { actualWindow, absorbedWindows, windows };
}

/**
 * Removes a window from the live set (MergingWindowSet.retireWindow), after cleanup or when a new
 * window turned out to be late.
 *
 * @example
 * ```ts
 * retireSessionWindow([[0, 5], [9, 14]], [0, 5]); // [[9, 14]]
 * ```
 */
export function retireSessionWindow(
  liveWindows: readonly WindowBounds[],
  window: WindowBounds,
): WindowBounds[] {
  return liveWindows.filter((live) => !sameWindow(live, window));
}
