// Flink's TimeWindow.getWindowStartWithOffset: the start of the aligned window that holds a
// timestamp. It is arithmetic only and must not validate or allocate.

/**
 * Returns the start of the window of length `windowSizeMs`, shifted by `offsetMs`, that contains
 * `timestampMs`. JavaScript's `%` keeps the dividend's sign like Java's, so a negative remainder is
 * lifted by one window size; otherwise timestamps before the offset would round towards zero.
 *
 * @example
 * ```ts
 * windowStartWithOffset(7, 0, 5); // 5
 * windowStartWithOffset(-1, 0, 5); // -5, not 0
 * ```
 */
export function windowStartWithOffset(
  timestampMs: number,
  offsetMs: number,
  windowSizeMs: number,
): number {
  const remainder = (timestampMs - offsetMs) % windowSizeMs;
  return remainder < 0 ? timestampMs - (remainder + windowSizeMs) : timestampMs - remainder;
}
