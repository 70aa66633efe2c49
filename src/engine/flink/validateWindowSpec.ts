// Checks assigner, operator and input parameters with the rules Flink's constructors enforce, so a
// bad scenario fails loudly before any record is windowed. It only throws; it must not normalise.

import type {
  TimeWindowAssigner,
  WindowOperatorInput,
  WindowOperatorSpec,
} from './windowOperatorTypes.ts';

function requireSafeInteger(name: string, value: number): void {
  if (!Number.isSafeInteger(value)) {
    throw new Error(`${name} must be a safe integer number of milliseconds, got ${String(value)}`);
  }
}

/**
 * Throws when a tumbling or sliding assigner breaks Flink's rules: sizes, slides and offsets are
 * integers, `sizeMs > 0`, `slideMs > 0`, and the offset is strictly smaller in magnitude than the
 * size (tumbling) or the slide (sliding), exactly as TumblingEventTimeWindows and
 * SlidingEventTimeWindows demand.
 *
 * @example
 * ```ts
 * assertValidTimeWindowAssigner({ kind: 'tumbling', sizeMs: 10, offsetMs: 20 }); // throws
 * ```
 */
export function assertValidTimeWindowAssigner(assigner: TimeWindowAssigner): void {
  const offsetMs = assigner.offsetMs ?? 0;
  requireSafeInteger('sizeMs', assigner.sizeMs);
  requireSafeInteger('offsetMs', offsetMs);
  if (assigner.kind === 'tumbling') {
    if (assigner.sizeMs <= 0 || Math.abs(offsetMs) >= assigner.sizeMs) {
      throw new Error(
        `tumbling windows must satisfy sizeMs > 0 and abs(offsetMs) < sizeMs, ` +
          `got sizeMs=${String(assigner.sizeMs)}, offsetMs=${String(offsetMs)}`,
      );
    }
    return;
  }
  requireSafeInteger('slideMs', assigner.slideMs);
  if (assigner.sizeMs <= 0 || assigner.slideMs <= 0 || Math.abs(offsetMs) >= assigner.slideMs) {
    throw new Error(
      `sliding windows must satisfy sizeMs > 0, slideMs > 0 and abs(offsetMs) < slideMs, ` +
        `got sizeMs=${String(assigner.sizeMs)}, slideMs=${String(assigner.slideMs)}, ` +
        `offsetMs=${String(offsetMs)}`,
    );
  }
}

/**
 * Throws when the operator spec breaks Flink's rules: a valid assigner, a session gap above zero
 * (EventTimeSessionWindows), a non-negative integer allowed lateness (WindowOperator's
 * `checkArgument(allowedLateness >= 0)`), and a known aggregate and accumulation mode.
 *
 * @example
 * ```ts
 * assertValidWindowOperatorSpec({ assigner: { kind: 'session', gapMs: 0 }, allowedLatenessMs: 0, aggregate: 'sum' }); // throws
 * ```
 */
export function assertValidWindowOperatorSpec(spec: WindowOperatorSpec): void {
  const { assigner } = spec;
  if (assigner.kind === 'session') {
    requireSafeInteger('gapMs', assigner.gapMs);
    if (assigner.gapMs <= 0) {
      throw new Error(`session windows must satisfy gapMs > 0, got ${String(assigner.gapMs)}`);
    }
  } else {
    assertValidTimeWindowAssigner(assigner);
  }
  requireSafeInteger('allowedLatenessMs', spec.allowedLatenessMs);
  if (spec.allowedLatenessMs < 0) {
    throw new Error(`allowedLatenessMs must be >= 0, got ${String(spec.allowedLatenessMs)}`);
  }
  if (spec.aggregate !== 'sum' && spec.aggregate !== 'count') {
    throw new Error(`aggregate must be 'sum' or 'count', got ${String(spec.aggregate)}`);
  }
  const accumulation = spec.accumulation ?? 'accumulating';
  if (accumulation !== 'accumulating' && accumulation !== 'discarding') {
    throw new Error(
      `accumulation must be 'accumulating' or 'discarding', got ${String(accumulation)}`,
    );
  }
}

/**
 * Throws when an input event is malformed: timestamps must be safe integers, keys strings and
 * values finite numbers. The index in the message points at the offending event.
 *
 * @example
 * ```ts
 * assertValidInputEvent({ type: 'watermark', timestampMs: 1.5 }, 3); // throws "input[3]..."
 * ```
 */
export function assertValidInputEvent(event: WindowOperatorInput, index: number): void {
  const where = `input[${String(index)}]`;
  if (event.type !== 'record' && event.type !== 'watermark') {
    throw new Error(
      `${where}.type must be 'record' or 'watermark', got ${String((event as { type: unknown }).type)}`,
    );
  }
  requireSafeInteger(`${where}.timestampMs`, event.timestampMs);
  if (event.type === 'record') {
    if (typeof event.key !== 'string') throw new Error(`${where}.key must be a string`);
    if (!Number.isFinite(event.value)) {
      throw new Error(`${where}.value must be a finite number, got ${String(event.value)}`);
    }
  }
}
