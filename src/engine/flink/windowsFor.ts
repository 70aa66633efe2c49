// Assigns a timestamp to its tumbling or sliding windows in the order Flink's assigners return
// them. It is a pure function of its arguments and must not know about keys, state or watermarks.

import { assertValidTimeWindowAssigner } from './validateWindowSpec.ts';
import { windowStartWithOffset } from './windowStartWithOffset.ts';
import type { TimeWindowAssigner, WindowBounds } from './windowOperatorTypes.ts';

/**
 * Returns the `[start, end)` windows that contain `timestampMs`, as
 * TumblingEventTimeWindows.assignWindows and SlidingEventTimeWindows.assignWindows compute them.
 * Tumbling gives exactly one window. Sliding walks back from the newest window start by one slide
 * at a time while the window still covers the timestamp, so the newest window comes first and
 * windows may start before zero; when `slideMs > sizeMs` a timestamp in a gap gets no window.
 * Throws when the assigner breaks Flink's parameter rules or the timestamp is not an integer.
 *
 * @example
 * ```ts
 * windowsFor({ kind: 'tumbling', sizeMs: 5000 }, 4999); // [[0, 5000]]
 * windowsFor({ kind: 'sliding', sizeMs: 10, slideMs: 5 }, 7); // [[5, 15], [0, 10]]
 * ```
 */
export function windowsFor(assigner: TimeWindowAssigner, timestampMs: number): WindowBounds[] {
  assertValidTimeWindowAssigner(assigner);
  if (!Number.isSafeInteger(timestampMs)) {
    throw new Error(`timestampMs must be a safe integer, got ${String(timestampMs)}`);
  }
  const offsetMs = assigner.offsetMs ?? 0;
  if (assigner.kind === 'tumbling') {
    const startMs = windowStartWithOffset(timestampMs, offsetMs, assigner.sizeMs);
    return [[startMs, startMs + assigner.sizeMs]];
  }
  const windows: WindowBounds[] = [];
  // Validation guarantees abs(offset) < slide, so `offset % slide` is the offset itself; the
  // remainder is kept to mirror Flink's formula for readers comparing the two.
  const lastStartMs = windowStartWithOffset(
    timestampMs,
    offsetMs % assigner.slideMs,
    assigner.slideMs,
  );
  for (
    let startMs = lastStartMs;
    startMs > timestampMs - assigner.sizeMs;
    startMs -= assigner.slideMs
  ) {
    windows.push([startMs, startMs + assigner.sizeMs]);
  }
  return windows;
}
