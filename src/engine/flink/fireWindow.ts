// What happens when EventTimeTrigger says FIRE: emit the window's aggregate and, in discarding
// mode, purge it. It must not decide whether to fire; triggers and timers decide that.

import {
  clearPane,
  maxTimestampMs,
  paneIdFor,
  type WindowOperatorContext,
} from './windowOperatorState.ts';
import type { WindowBounds, WindowResultOutput } from './windowOperatorTypes.ts';

/**
 * Emits one result for a key's window, stamped with the window's max timestamp as Flink's
 * emitWindowContents does. An empty window emits nothing, because Flink's aggregating state reads
 * as null once cleared. Discarding mode then purges the pane, like PurgingTrigger's FIRE_AND_PURGE.
 *
 * @example
 * ```ts
 * fireWindow(context, 'a', [0, 10], 'on-time'); // appends { type: 'result', window: [0, 10], timestampMs: 9, ... }
 * ```
 */
export function fireWindow(
  context: WindowOperatorContext,
  key: string,
  window: WindowBounds,
  timing: WindowResultOutput['timing'],
): void {
  const pane = context.state.panes[paneIdFor(key, window)];
  if (pane !== undefined && pane.count > 0) {
    context.outputs.push({
      type: 'result',
      key,
      window: [window[0], window[1]],
      value: context.spec.aggregate === 'sum' ? pane.sum : pane.count,
      timestampMs: maxTimestampMs(window),
      timing,
    });
  }
  if (context.spec.accumulation === 'discarding') clearPane(context.state, key, window);
}
