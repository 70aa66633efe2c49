import { describe, expect, test } from 'vitest';
import { runningTotals, sparklinePaths } from './sparklinePath.ts';

describe('sparklinePaths', () => {
  test('spans the width and puts the highest value at the top', () => {
    expect(sparklinePaths([0, 4, 2], 120, 28)).toEqual({
      line: 'M0,28L60,1L120,14.5',
      area: 'M0,28L60,1L120,14.5L120,28L60,28L0,28Z',
    });
  });

  test('draws nothing for no data, and a flat line for one value', () => {
    expect(sparklinePaths([], 100, 20)).toEqual({ line: '', area: '' });
    expect(sparklinePaths([0], 100, 20).line).toBe('M0,20L100,20');
  });

  test('sums counts into running totals from zero', () => {
    expect(runningTotals([2, 0, 3])).toEqual([0, 2, 2, 5]);
  });
});
