// Chooses which offsets of a partition log are on screen. Long logs show their latest offsets and
// keep one free slot at the end, where the next record will land; short logs start at log-start.

export interface LogWindow {
  /** First offset on screen. */
  readonly startOffset: number;
  /** One past the last offset on screen. */
  readonly endOffset: number;
}

/**
 * Returns the window of `slotCount` offsets to show for a log.
 *
 * @example
 * logWindow(0, 100, 40); // { startOffset: 61, endOffset: 101 }
 * logWindow(0, 5, 40); // { startOffset: 0, endOffset: 40 }
 */
export function logWindow(
  logStartOffset: number,
  logEndOffset: number,
  slotCount: number,
): LogWindow {
  const startOffset = Math.max(logStartOffset, logEndOffset + 1 - slotCount);
  return { startOffset, endOffset: startOffset + slotCount };
}

/** Where an offset falls relative to a window: inside it, or off one edge. */
export type WindowSide = 'before' | 'inside' | 'after';

export function windowSide(window: LogWindow, offset: number): WindowSide {
  if (offset < window.startOffset) return 'before';
  if (offset > window.endOffset) return 'after';
  return 'inside';
}
