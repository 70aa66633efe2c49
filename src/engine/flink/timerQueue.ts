// The window operator's event-time timer service: a sorted, de-duplicated list of timers, like
// Flink's InternalTimerService. It orders and stores timers only; it must not decide what a timer does.

import type { WindowBounds } from './windowOperatorTypes.ts';

/** An event-time timer for one key's window; Flink de-duplicates on (time, key, window). */
export interface EventTimeTimer {
  timestampMs: number;
  key: string;
  window: WindowBounds;
}

function compareKeys(a: string, b: string): number {
  // Code-unit order, not localeCompare, so the order never depends on the host's locale.
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/**
 * Orders timers by time, then key, then window start, then window end. Flink fires in time order
 * but leaves equal times to its heap's internal layout; key-then-window makes the tie-break
 * deterministic and matches how a reader scans a table of keys and windows.
 *
 * @example
 * ```ts
 * compareTimers({ timestampMs: 9, key: 'b', window: [0, 10] }, { timestampMs: 9, key: 'a', window: [0, 10] }); // 1
 * ```
 */
export function compareTimers(a: EventTimeTimer, b: EventTimeTimer): number {
  return (
    a.timestampMs - b.timestampMs ||
    compareKeys(a.key, b.key) ||
    a.window[0] - b.window[0] ||
    a.window[1] - b.window[1]
  );
}

/** The first index whose timer does not sort before `timer` (a lower bound by binary search). */
function lowerBound(timers: readonly EventTimeTimer[], timer: EventTimeTimer): number {
  let low = 0;
  let high = timers.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const probe = timers[mid];
    if (probe !== undefined && compareTimers(probe, timer) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Inserts a timer in order, ignoring it when an equal timer is already queued, because Flink
 * registers the same (time, key, window) timer once however often a trigger asks for it.
 *
 * @example
 * ```ts
 * const timers: EventTimeTimer[] = [];
 * registerTimer(timers, { timestampMs: 9, key: 'a', window: [0, 10] });
 * registerTimer(timers, { timestampMs: 9, key: 'a', window: [0, 10] }); // timers.length is still 1
 * ```
 */
export function registerTimer(timers: EventTimeTimer[], timer: EventTimeTimer): void {
  const index = lowerBound(timers, timer);
  const existing = timers[index];
  if (existing !== undefined && compareTimers(existing, timer) === 0) return;
  timers.splice(index, 0, {
    timestampMs: timer.timestampMs,
    key: timer.key,
    window: [timer.window[0], timer.window[1]],
  });
}

/**
 * Removes an equal timer if one is queued; deleting a missing timer is a no-op, as in Flink.
 *
 * @example
 * ```ts
 * deleteTimer(timers, { timestampMs: 9, key: 'a', window: [0, 10] });
 * ```
 */
export function deleteTimer(timers: EventTimeTimer[], timer: EventTimeTimer): void {
  const index = lowerBound(timers, timer);
  const existing = timers[index];
  if (existing !== undefined && compareTimers(existing, timer) === 0) timers.splice(index, 1);
}

/**
 * Removes and returns the earliest timer due at or before `watermarkMs`, or undefined when none is
 * due. Popping one at a time lets a fired timer delete later timers before they are looked at.
 *
 * @example
 * ```ts
 * popDueTimer(timers, 9); // the timer at 9, if queued
 * ```
 */
export function popDueTimer(
  timers: EventTimeTimer[],
  watermarkMs: number,
): EventTimeTimer | undefined {
  const first = timers[0];
  if (first === undefined || first.timestampMs > watermarkMs) return undefined;
  timers.shift();
  return first;
}
