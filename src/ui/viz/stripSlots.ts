// How many offsets a partition strip shows at a given on-screen width, so that its SVG is drawn
// near 1:1 and its labels stay readable instead of shrinking with the viewBox.

import { DEFAULT_STRIP_OPTIONS, type StripOptions } from './partitionLayout.ts';
import { STRIP_LABEL_WIDTH, STRIP_LAG_WIDTH } from './stripMetrics.ts';

export const STRIP_SLOTS_MIN = 12;

/**
 * Strip options for a container `widthPx` wide; 0 (not measured) keeps the default 40 slots.
 *
 * @example
 * stripOptionsForWidth(740); // { slotCount: 24, slotWidthPx: 22 }
 */
export function stripOptionsForWidth(widthPx: number): StripOptions {
  if (widthPx <= 0) return DEFAULT_STRIP_OPTIONS;
  const room = widthPx - STRIP_LABEL_WIDTH - STRIP_LAG_WIDTH;
  const slots = Math.floor(room / DEFAULT_STRIP_OPTIONS.slotWidthPx);
  return {
    slotWidthPx: DEFAULT_STRIP_OPTIONS.slotWidthPx,
    slotCount: Math.min(DEFAULT_STRIP_OPTIONS.slotCount, Math.max(STRIP_SLOTS_MIN, slots)),
  };
}

/** Width of one digit of an offset label at 10 px, with a little air between labels. */
const DIGIT_PX = 6;

/**
 * Drops offset labels that would touch their neighbours: long offsets (1000 and up) need more
 * room than a 22 px slot, so only every 2nd, 5th or 10th is kept, always on round numbers.
 *
 * @example
 * thinOffsetLabels([{ offset: 1000, xPx: 0 }, { offset: 1001, xPx: 22 }], 22); // keeps 1000 only
 */
export function thinOffsetLabels<T extends { readonly offset: number }>(
  labels: readonly T[],
  slotWidthPx: number,
): T[] {
  const widest = labels.reduce((max, label) => Math.max(max, String(label.offset).length), 1);
  const slotsNeeded = Math.ceil((widest * DIGIT_PX + 3) / slotWidthPx);
  const step = [1, 2, 5, 10, 20, 50].find((s) => s >= slotsNeeded) ?? 100;
  return labels.filter((label) => label.offset % step === 0);
}
