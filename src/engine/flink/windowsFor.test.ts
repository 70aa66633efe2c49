import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { windowsFor } from './windowsFor.ts';
import { windowStartWithOffset } from './windowStartWithOffset.ts';
import type { WindowBounds } from './windowOperatorTypes.ts';

// Expected windows come from Flink's TumblingEventTimeWindowsTest and SlidingEventTimeWindowsTest
// (flink-streaming-java/src/test/.../runtime/operators/windowing). Flink asserts sliding windows
// with containsInAnyOrder; the newest-first order below is worked out by hand from the loop in
// SlidingEventTimeWindows.assignWindows (start = lastStart; start > ts - size; start -= slide).

describe('windowStartWithOffset', () => {
  it.each([
    // [timestamp, offset, size, expected start], worked out by hand from the documented formula.
    [7, 0, 5, 5],
    [5, 0, 5, 5],
    [0, 0, 5, 0],
    [-1, 0, 5, -5],
    [-5, 0, 5, -5],
    [-6, 0, 5, -10],
    [0, -100, 5000, -100],
    [100, 500, 1000, -500],
  ])('start(%d, offset %d, size %d) is %d', (ts, offset, size, expected) => {
    expect(windowStartWithOffset(ts, offset, size)).toBe(expected);
  });
});

describe('windowsFor tumbling (Flink TumblingEventTimeWindowsTest)', () => {
  it.each<[number, number, number, WindowBounds]>([
    // testWindowAssignment: of(5000 ms)
    [5000, 0, 0, [0, 5000]],
    [5000, 0, 4999, [0, 5000]],
    [5000, 0, 5000, [5000, 10000]],
    // testWindowAssignmentWithGlobalOffset: of(5000 ms, 100 ms)
    [5000, 100, 100, [100, 5100]],
    [5000, 100, 5099, [100, 5100]],
    [5000, 100, 5100, [5100, 10100]],
    // testWindowAssignmentWithNegativeGlobalOffset: of(5000 ms, -100 ms)
    [5000, -100, 0, [-100, 4900]],
    [5000, -100, 4899, [-100, 4900]],
    [5000, -100, 4900, [4900, 9900]],
    // testTimeUnits: of(5 s, 1 s)
    [5000, 1000, 1000, [1000, 6000]],
    [5000, 1000, 5999, [1000, 6000]],
    [5000, 1000, 6000, [6000, 11000]],
    // Negative timestamps, worked out by hand: the remainder is lifted so windows round down.
    [5, 0, -1, [-5, 0]],
    [5, 0, -5, [-5, 0]],
    [5, 0, -6, [-10, -5]],
  ])('size %d offset %d puts %d in %j', (sizeMs, offsetMs, ts, expected) => {
    expect(windowsFor({ kind: 'tumbling', sizeMs, offsetMs }, ts)).toEqual([expected]);
  });

  it.each([
    // testInvalidParameters: of(-1 s), of(10 s, 20 s), of(10 s, -11 s); plus size 0 by hand.
    [-1000, 0],
    [10000, 20000],
    [10000, -11000],
    [0, 0],
  ])('rejects size %d with offset %d, naming the abs(offset) rule', (sizeMs, offsetMs) => {
    expect(() => windowsFor({ kind: 'tumbling', sizeMs, offsetMs }, 0)).toThrow(
      /abs\(offsetMs\) < sizeMs/,
    );
  });
});

describe('windowsFor sliding (Flink SlidingEventTimeWindowsTest)', () => {
  it.each<[number, number, number, number, WindowBounds[]]>([
    // testWindowAssignment: of(5000 ms, 1000 ms)
    [
      5000,
      1000,
      0,
      0,
      [
        [0, 5000],
        [-1000, 4000],
        [-2000, 3000],
        [-3000, 2000],
        [-4000, 1000],
      ],
    ],
    [
      5000,
      1000,
      0,
      4999,
      [
        [4000, 9000],
        [3000, 8000],
        [2000, 7000],
        [1000, 6000],
        [0, 5000],
      ],
    ],
    [
      5000,
      1000,
      0,
      5000,
      [
        [5000, 10000],
        [4000, 9000],
        [3000, 8000],
        [2000, 7000],
        [1000, 6000],
      ],
    ],
    // testWindowAssignmentWithOffset: of(5000 ms, 1000 ms, 100 ms)
    [
      5000,
      1000,
      100,
      100,
      [
        [100, 5100],
        [-900, 4100],
        [-1900, 3100],
        [-2900, 2100],
        [-3900, 1100],
      ],
    ],
    [
      5000,
      1000,
      100,
      5099,
      [
        [4100, 9100],
        [3100, 8100],
        [2100, 7100],
        [1100, 6100],
        [100, 5100],
      ],
    ],
    [
      5000,
      1000,
      100,
      5100,
      [
        [5100, 10100],
        [4100, 9100],
        [3100, 8100],
        [2100, 7100],
        [1100, 6100],
      ],
    ],
    // testWindowAssignmentWithNegativeOffset: of(5000 ms, 1000 ms, -100 ms)
    [
      5000,
      1000,
      -100,
      0,
      [
        [-100, 4900],
        [-1100, 3900],
        [-2100, 2900],
        [-3100, 1900],
        [-4100, 900],
      ],
    ],
    [
      5000,
      1000,
      -100,
      4899,
      [
        [3900, 8900],
        [2900, 7900],
        [1900, 6900],
        [900, 5900],
        [-100, 4900],
      ],
    ],
    [
      5000,
      1000,
      -100,
      4900,
      [
        [4900, 9900],
        [3900, 8900],
        [2900, 7900],
        [1900, 6900],
        [900, 5900],
      ],
    ],
    // testTimeUnits: of(5 s, 1 s, 500 ms)
    [
      5000,
      1000,
      500,
      100,
      [
        [-500, 4500],
        [-1500, 3500],
        [-2500, 2500],
        [-3500, 1500],
        [-4500, 500],
      ],
    ],
    [
      5000,
      1000,
      500,
      5499,
      [
        [4500, 9500],
        [3500, 8500],
        [2500, 7500],
        [1500, 6500],
        [500, 5500],
      ],
    ],
    [
      5000,
      1000,
      500,
      5100,
      [
        [4500, 9500],
        [3500, 8500],
        [2500, 7500],
        [1500, 6500],
        [500, 5500],
      ],
    ],
    // Worked out by hand: a slide larger than the size leaves gaps with no window at all.
    [5, 10, 0, 7, []],
    [5, 10, 0, 14, [[10, 15]]],
  ])('size %d slide %d offset %d puts %d in %j', (sizeMs, slideMs, offsetMs, ts, expected) => {
    expect(windowsFor({ kind: 'sliding', sizeMs, slideMs, offsetMs }, ts)).toEqual(expected);
  });

  it.each([
    // testInvalidParameters: of(-2 s, 1 s), of(2 s, -1 s), of(-20 s, 10 s, -1 s),
    // of(20 s, 10 s, -11 s), of(20 s, 10 s, 11 s).
    [-2000, 1000, 0],
    [2000, -1000, 0],
    [-20000, 10000, -1000],
    [20000, 10000, -11000],
    [20000, 10000, 11000],
  ])('rejects size %d slide %d offset %d', (sizeMs, slideMs, offsetMs) => {
    expect(() => windowsFor({ kind: 'sliding', sizeMs, slideMs, offsetMs }, 0)).toThrow(
      /sizeMs > 0, slideMs > 0 and abs\(offsetMs\) < slideMs/,
    );
  });

  it('rejects a fractional timestamp', () => {
    expect(() => windowsFor({ kind: 'tumbling', sizeMs: 5 }, 1.5)).toThrow(/safe integer/);
  });
});

const slidingAssigner = fc
  .record({ sizeMs: fc.integer({ min: 1, max: 40 }), slideMs: fc.integer({ min: 1, max: 40 }) })
  .chain(({ sizeMs, slideMs }) =>
    fc.record({
      kind: fc.constant('sliding' as const),
      sizeMs: fc.constant(sizeMs),
      slideMs: fc.constant(slideMs),
      offsetMs: fc.integer({ min: -(slideMs - 1), max: slideMs - 1 }),
    }),
  );

describe('windowsFor properties', () => {
  it('returns exactly the aligned windows that contain the timestamp, newest first', () => {
    fc.assert(
      fc.property(slidingAssigner, fc.integer({ min: -500, max: 500 }), (assigner, ts) => {
        // Brute force, independent of the formula: scan every candidate start near ts and keep
        // those on the offset grid whose window [start, start + size) contains ts.
        const expected: WindowBounds[] = [];
        for (let start = ts; start > ts - assigner.sizeMs - assigner.slideMs; start -= 1) {
          const onGrid =
            (((start - assigner.offsetMs) % assigner.slideMs) + assigner.slideMs) %
              assigner.slideMs ===
            0;
          if (onGrid && start <= ts && ts < start + assigner.sizeMs)
            expected.push([start, start + assigner.sizeMs]);
        }
        expect(windowsFor(assigner, ts)).toEqual(expected);
      }),
    );
  });

  it('gives size / slide windows when the slide divides the size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: -1000, max: 1000 }),
        (slideMs, multiple, ts) => {
          const sizeMs = slideMs * multiple;
          expect(windowsFor({ kind: 'sliding', sizeMs, slideMs }, ts)).toHaveLength(multiple);
        },
      ),
    );
  });
});
