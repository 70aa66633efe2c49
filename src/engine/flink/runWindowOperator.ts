// Runs one keyed event-time window operator (Flink's WindowOperator with EventTimeTrigger) over a
// list of records and watermarks. It is a pure function: plain data in, plain data out, no clock.

import { advanceWatermark } from './advanceWatermark.ts';
import { processRecord } from './processRecord.ts';
import { assertValidInputEvent, assertValidWindowOperatorSpec } from './validateWindowSpec.ts';
import { createWindowOperatorState, type WindowOperatorContext } from './windowOperatorState.ts';
import type {
  WindowOperatorInput,
  WindowOperatorOutput,
  WindowOperatorSpec,
} from './windowOperatorTypes.ts';

/**
 * Feeds `input` in order through one window operator and returns what it emits, in emission order:
 * window results (on-time when a watermark reaches `end - 1`, late when a record within allowed
 * lateness refires a window), late-dropped records, and each watermark that advanced, forwarded
 * after the timers it fired. Accumulating mode (the default) keeps contents after a firing;
 * discarding mode purges them, so a late firing reports only the late records. Throws on an
 * invalid spec or input event.
 *
 * @example
 * ```ts
 * runWindowOperator(
 *   { assigner: { kind: 'tumbling', sizeMs: 10 }, allowedLatenessMs: 0, aggregate: 'sum' },
 *   [
 *     { type: 'record', key: 'a', value: 5, timestampMs: 3 },
 *     { type: 'watermark', timestampMs: 9 },
 *   ],
 * );
 * // [{ type: 'result', key: 'a', window: [0, 10], value: 5, timestampMs: 9, timing: 'on-time' },
 * //  { type: 'watermark', timestampMs: 9 }]
 * ```
 */
export function runWindowOperator(
  spec: WindowOperatorSpec,
  input: readonly WindowOperatorInput[],
): WindowOperatorOutput[] {
  assertValidWindowOperatorSpec(spec);
  const context: WindowOperatorContext = {
    spec: {
      assigner: spec.assigner,
      allowedLatenessMs: spec.allowedLatenessMs,
      aggregate: spec.aggregate,
      accumulation: spec.accumulation ?? 'accumulating',
    },
    state: createWindowOperatorState(),
    outputs: [],
  };
  input.forEach((event, index) => {
    assertValidInputEvent(event, index);
    if (event.type === 'record') processRecord(context, event);
    else advanceWatermark(context, event.timestampMs);
  });
  return context.outputs;
}
