// Watermark handling: advance the operator's event time, fire due timers in order (on-time
// firings and cleanups), then forward the watermark. It must not accept or assign records.

import { fireWindow } from './fireWindow.ts';
import { retireSessionWindow } from './sessionWindowSet.ts';
import { deleteTimer, popDueTimer, type EventTimeTimer } from './timerQueue.ts';
import {
  cleanupTimeMs,
  clearPane,
  maxTimestampMs,
  type WindowOperatorContext,
} from './windowOperatorState.ts';

function isLiveSessionWindow(context: WindowOperatorContext, timer: EventTimeTimer): boolean {
  const live = context.state.sessionWindows[timer.key] ?? [];
  return live.some((window) => window[0] === timer.window[0] && window[1] === timer.window[1]);
}

/** WindowOperator.onEventTime with EventTimeTrigger.onEventTime and the cleanup check. */
function onEventTimer(context: WindowOperatorContext, timer: EventTimeTimer): void {
  const { state, spec } = context;
  const { key, window } = timer;
  // A merged-away session window has no state left, so its stray timer does nothing.
  if (spec.assigner.kind === 'session' && !isLiveSessionWindow(context, timer)) return;
  if (timer.timestampMs === maxTimestampMs(window)) fireWindow(context, key, window, 'on-time');
  if (timer.timestampMs === cleanupTimeMs(window, spec.allowedLatenessMs)) {
    clearPane(state, key, window);
    // EventTimeTrigger.clear deletes the end-of-window timer; it has fired by now, but stay faithful.
    deleteTimer(state.timers, { timestampMs: maxTimestampMs(window), key, window });
    if (spec.assigner.kind === 'session') {
      state.sessionWindows[key] = retireSessionWindow(state.sessionWindows[key] ?? [], window);
    }
  }
}

/**
 * Advances the operator's watermark to `watermarkMs` if that is later than the current one. Like
 * InternalTimerService.advanceWatermark it first sets the new watermark, then fires every timer
 * due at or before it in timer order (time, key, window start, window end), and only then
 * forwards the watermark downstream. A watermark that does not advance is ignored and not
 * forwarded, because an operator's watermark never regresses.
 *
 * @example
 * ```ts
 * advanceWatermark(context, 9); // fires windows ending at 10, then appends { type: 'watermark', timestampMs: 9 }
 * ```
 */
export function advanceWatermark(context: WindowOperatorContext, watermarkMs: number): void {
  const { state } = context;
  if (state.watermarkMs !== null && watermarkMs <= state.watermarkMs) return;
  state.watermarkMs = watermarkMs;
  for (
    let timer = popDueTimer(state.timers, watermarkMs);
    timer;
    timer = popDueTimer(state.timers, watermarkMs)
  ) {
    onEventTimer(context, timer);
  }
  context.outputs.push({ type: 'watermark', timestampMs: watermarkMs });
}
