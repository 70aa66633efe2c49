import { describe, expect, test } from 'vitest';
import { stripOptionsForWidth, thinOffsetLabels } from './stripSlots.ts';

describe('stripOptionsForWidth', () => {
  test('fits as many 22 px slots as the width allows, between 12 and 40', () => {
    expect(stripOptionsForWidth(0)).toEqual({ slotCount: 40, slotWidthPx: 22 });
    expect(stripOptionsForWidth(740)).toEqual({ slotCount: 24, slotWidthPx: 22 });
    expect(stripOptionsForWidth(2000).slotCount).toBe(40);
    expect(stripOptionsForWidth(300).slotCount).toBe(12);
  });
});

describe('thinOffsetLabels', () => {
  const labels = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => ({ offset: from + i, xPx: i * 22 }));

  test('keeps every label up to three digits and thins longer ones to round numbers', () => {
    expect(thinOffsetLabels(labels(95, 10), 22)).toHaveLength(10);
    expect(thinOffsetLabels(labels(1000, 10), 22).map((l) => l.offset)).toEqual([
      1000, 1002, 1004, 1006, 1008,
    ]);
    expect(thinOffsetLabels(labels(100_000, 10), 22).map((l) => l.offset)).toEqual([
      100_000, 100_002, 100_004, 100_006, 100_008,
    ]);
    expect(thinOffsetLabels(labels(100_000, 10), 11).map((l) => l.offset)).toEqual([
      100_000, 100_005,
    ]);
  });
});
