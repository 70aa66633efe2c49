import { describe, expect, test } from 'vitest';
import { latencyPercentiles, percentileOfSorted } from './percentile.ts';

describe('percentileOfSorted (nearest rank)', () => {
  test('matches the textbook examples', () => {
    // Wikipedia's nearest-rank example: 15, 20, 35, 40, 50.
    const list = [15, 20, 35, 40, 50];
    expect(percentileOfSorted(list, 5)).toBe(15);
    expect(percentileOfSorted(list, 30)).toBe(20);
    expect(percentileOfSorted(list, 40)).toBe(20);
    expect(percentileOfSorted(list, 50)).toBe(35);
    expect(percentileOfSorted(list, 100)).toBe(50);
  });

  test('is exact at rank boundaries of 1..100', () => {
    const list = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentileOfSorted(list, 50)).toBe(50);
    expect(percentileOfSorted(list, 95)).toBe(95);
    expect(percentileOfSorted(list, 99)).toBe(99);
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentileOfSorted(twenty, 95)).toBe(19);
  });

  test('returns null for no data and the only value for one', () => {
    expect(percentileOfSorted([], 50)).toBeNull();
    expect(percentileOfSorted([7], 99)).toBe(7);
  });
});

describe('latencyPercentiles', () => {
  test('sorts numerically, not as text', () => {
    expect(latencyPercentiles([100, 9, 20, 3])).toEqual({ p50: 9, p95: 100, p99: 100, count: 4 });
    expect(latencyPercentiles([])).toBeNull();
  });
});
