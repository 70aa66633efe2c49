// The geometry of the gallery's sparkline: an SVG path for the line and one for the filled area
// under it. The card plots the running total of records appended, which reads well at any rate:
// per-bucket counts of a steady producer alias into a zigzag. d3 computes, the card draws.

import { area, line, scaleLinear } from 'd3';

export interface SparklinePaths {
  readonly line: string;
  readonly area: string;
}

/**
 * Paths that span `width` × `height`, with the highest count touching the top (less 1 px, so the
 * stroke is not clipped). A series of zeros lies flat on the bottom.
 *
 * @example
 * sparklinePaths([0, 4, 2], 120, 28).line; // "M0,28L60,1L120,14.5"
 */
export function sparklinePaths(
  counts: readonly number[],
  width: number,
  height: number,
): SparklinePaths {
  if (counts.length === 0) return { line: '', area: '' };
  const x = scaleLinear([0, Math.max(1, counts.length - 1)], [0, width]);
  const y = scaleLinear([0, Math.max(1, ...counts)], [height, 1]);
  const points = counts.map((count, i): [number, number] => [x(i), y(count)]);
  const single =
    points.length === 1
      ? [...points, [width, points[0]?.[1] ?? height] as [number, number]]
      : points;
  return {
    line: line()(single) ?? '',
    area: area().y0(height)(single) ?? '',
  };
}

/**
 * Running totals of per-bucket counts, starting from 0 before the first bucket.
 *
 * @example
 * runningTotals([2, 0, 3]); // [0, 2, 2, 5]
 */
export function runningTotals(counts: readonly number[]): number[] {
  const totals = [0];
  for (const count of counts) totals.push((totals.at(-1) ?? 0) + count);
  return totals;
}
