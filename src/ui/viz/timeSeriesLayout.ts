// Geometry of a small time-series chart: x is simulated time over the whole scenario, y starts at
// zero, and each series becomes an SVG path string. A gap (null value) breaks the line rather
// than pretending to be zero. Pure: React draws the strings and ticks this returns.

import { line, scaleLinear, scaleLog } from 'd3';

export interface SeriesPoint {
  readonly tMs: number;
  /** Null leaves a gap, e.g. a second in which no record was processed. */
  readonly value: number | null;
}

export interface SeriesInput {
  readonly id: string;
  readonly label: string;
  readonly colour: string;
  /** SVG stroke-dasharray, so series differ by more than colour. */
  readonly dash: string;
  readonly points: readonly SeriesPoint[];
}

export interface ChartSize {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly marginLeftPx: number;
  readonly marginRightPx: number;
  readonly marginTopPx: number;
  readonly marginBottomPx: number;
}

export const SMALL_CHART: ChartSize = {
  widthPx: 360,
  heightPx: 150,
  marginLeftPx: 40,
  marginRightPx: 10,
  marginTopPx: 8,
  marginBottomPx: 22,
};

export interface Tick {
  readonly value: number;
  /** Position along the tick's axis, in px. */
  readonly px: number;
  readonly label: string;
}

export interface SeriesPath {
  readonly id: string;
  readonly label: string;
  readonly colour: string;
  readonly dash: string;
  readonly d: string;
}

/** A value with gaps on both sides, which a line cannot show, drawn as a dot instead. */
export interface LoneDot {
  readonly id: string;
  readonly colour: string;
  readonly cx: number;
  readonly cy: number;
}

export interface ChartLayout {
  readonly size: ChartSize;
  readonly paths: readonly SeriesPath[];
  readonly dots: readonly LoneDot[];
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly playheadXPx: number;
  /** Bottom of the plot area, where the x axis sits. */
  readonly plotBottomPx: number;
}

/**
 * Lays out a chart over [0, durationMs] with a playhead at `nowMs`.
 *
 * @example
 * const chart = layoutTimeSeries([series], 60_000, 12_000, SMALL_CHART);
 * chart.paths[0].d; // "M40,120L..."
 */
export function layoutTimeSeries(
  series: readonly SeriesInput[],
  durationMs: number,
  nowMs: number,
  size: ChartSize = SMALL_CHART,
  yAxis: 'linear' | 'log' = 'linear',
): ChartLayout {
  const plotBottomPx = size.heightPx - size.marginBottomPx;
  const x = scaleLinear()
    .domain([0, Math.max(1, durationMs)])
    .range([size.marginLeftPx, size.widthPx - size.marginRightPx])
    .clamp(true);
  const { y, ticks } =
    yAxis === 'log' ? logY(series, size, plotBottomPx) : linearY(series, size, plotBottomPx);
  const path = line<SeriesPoint>()
    .defined((point) => point.value !== null)
    .x((point) => round1(x(point.tMs)))
    .y((point) => round1(y(point.value ?? 0)));
  return {
    size,
    paths: series.map((s) => ({ ...pick(s), d: path([...s.points]) ?? '' })),
    dots: series.flatMap((s) =>
      loneIndices(s.points).map((i) => ({
        id: `${s.id}-${i}`,
        colour: s.colour,
        cx: round1(x(s.points[i]?.tMs ?? 0)),
        cy: round1(y(s.points[i]?.value ?? 0)),
      })),
    ),
    xTicks: x.ticks(5).map((tMs) => ({ value: tMs, px: round1(x(tMs)), label: `${tMs / 1000}s` })),
    yTicks: ticks.map((value) => ({ value, px: round1(y(value)), label: compact(value) })),
    playheadXPx: round1(x(nowMs)),
    plotBottomPx,
  };
}

/** Indices of values whose neighbours are both gaps (or absent): a line draws nothing there. */
function loneIndices(points: readonly SeriesPoint[]): number[] {
  const has = (i: number): boolean => points[i] !== undefined && points[i]?.value !== null;
  return points.flatMap((_, i) => (has(i) && !has(i - 1) && !has(i + 1) ? [i] : []));
}

interface YAxis {
  readonly y: (value: number) => number;
  readonly ticks: readonly number[];
}

function linearY(series: readonly SeriesInput[], size: ChartSize, bottomPx: number): YAxis {
  const y = scaleLinear()
    .domain([0, Math.max(1, maxValue(series))])
    .nice(3)
    .range([bottomPx, size.marginTopPx]);
  return { y, ticks: y.ticks(3) };
}

/**
 * A log axis from 1 to the next power of ten above the data, ticked at powers of ten. Latency
 * spans milliseconds to seconds, and a start-up spike would flatten a linear axis. Values below
 * 1 sit on the axis floor.
 */
function logY(series: readonly SeriesInput[], size: ChartSize, bottomPx: number): YAxis {
  const top = 10 ** Math.max(1, Math.ceil(Math.log10(Math.max(1, maxValue(series)))));
  const scale = scaleLog().domain([1, top]).range([bottomPx, size.marginTopPx]).clamp(true);
  const ticks: number[] = [];
  for (let tick = 1; tick <= top; tick *= 10) ticks.push(tick);
  return { y: (value: number) => scale(Math.max(1, value)), ticks };
}

function pick(s: SeriesInput): Omit<SeriesPath, 'd'> {
  return { id: s.id, label: s.label, colour: s.colour, dash: s.dash };
}

function maxValue(series: readonly SeriesInput[]): number {
  let max = 0;
  for (const s of series)
    for (const p of s.points) if (p.value !== null && p.value > max) max = p.value;
  return max;
}

/** Tenths of a pixel are plenty, and short path strings keep the DOM light. */
function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** 1200 → "1.2k", so y labels fit a 40 px margin. */
export function compact(value: number): string {
  if (Math.abs(value) >= 10_000) return `${Math.round(value / 1000)}k`;
  if (Math.abs(value) >= 1000) return `${Math.round(value / 100) / 10}k`;
  return String(Math.round(value * 100) / 100);
}
