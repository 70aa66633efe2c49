import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coverWindows, mergeTimeWindows, windowsIntersect } from './mergeTimeWindows.ts';
import { addSessionWindow, retireSessionWindow } from './sessionWindowSet.ts';
import type { WindowBounds } from './windowOperatorTypes.ts';

// Expected values are worked out by hand from Flink's TimeWindow.intersects
// (start <= other.end && end >= other.start) and cover (min start, max end).

describe('windowsIntersect and coverWindows', () => {
  it('treats touching windows as intersecting, as Flink does', () => {
    expect(windowsIntersect([0, 5], [5, 10])).toBe(true);
    expect(windowsIntersect([5, 10], [0, 5])).toBe(true);
    expect(windowsIntersect([0, 5], [6, 11])).toBe(false);
    expect(coverWindows([0, 5], [3, 12])).toEqual([0, 12]);
  });
});

describe('mergeTimeWindows', () => {
  it('merges against the growing cover, not only the previous window', () => {
    expect(
      mergeTimeWindows([
        [20, 25],
        [0, 15],
        [10, 12],
        [14, 18],
      ]),
    ).toEqual([
      {
        cover: [0, 18],
        members: [
          [0, 15],
          [10, 12],
          [14, 18],
        ],
      },
      { cover: [20, 25], members: [[20, 25]] },
    ]);
  });

  it('leaves every window in exactly one group and no two covers intersecting', () => {
    const window = fc
      .tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 20 }))
      .map(([start, length]): WindowBounds => [start, start + length]);
    fc.assert(
      fc.property(fc.array(window, { maxLength: 12 }), (windows) => {
        const groups = mergeTimeWindows(windows);
        expect(groups.flatMap((g) => g.members)).toHaveLength(windows.length);
        groups.forEach((g, i) => {
          const next = groups[i + 1];
          if (next !== undefined) expect(windowsIntersect(g.cover, next.cover)).toBe(false);
        });
      }),
    );
  });
});

describe('addSessionWindow (MergingWindowSet.addWindow)', () => {
  it('keeps a new window alone when it does not touch a live one', () => {
    expect(addSessionWindow([[0, 5]], [6, 11])).toEqual({
      actualWindow: [6, 11],
      absorbedWindows: [],
      windows: [
        [0, 5],
        [6, 11],
      ],
    });
  });

  it('absorbs touching live windows into the cover, bridging two sessions', () => {
    expect(
      addSessionWindow(
        [
          [0, 5],
          [10, 15],
        ],
        [5, 10],
      ),
    ).toEqual({
      actualWindow: [0, 15],
      absorbedWindows: [
        [0, 5],
        [10, 15],
      ],
      windows: [[0, 15]],
    });
  });

  it('absorbs nothing when the new window fits inside a live one', () => {
    expect(addSessionWindow([[0, 20]], [5, 10])).toEqual({
      actualWindow: [0, 20],
      absorbedWindows: [],
      windows: [[0, 20]],
    });
  });

  it('retires a window by value', () => {
    expect(
      retireSessionWindow(
        [
          [0, 5],
          [9, 14],
        ],
        [0, 5],
      ),
    ).toEqual([[9, 14]]);
  });
});
