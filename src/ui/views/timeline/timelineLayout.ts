// Geometry of the event-time view, the classic streaming diagram: event time runs left to right,
// processing time runs bottom to top, and the ideal "event time = processing time" is the
// diagonal. Pure: d3 computes scales and ticks, and this returns numbers and path strings that
// React (SVG) and the canvas layer draw.

import { scaleLinear, tickStep, type ScaleLinear } from 'd3';

export interface TimelineSize {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly marginLeftPx: number;
  readonly marginRightPx: number;
  readonly marginTopPx: number;
  readonly marginBottomPx: number;
}

export const TIMELINE_HEIGHT_PX = 380;
export const TIMELINE_DEFAULT_WIDTH_PX = 720;

export function timelineSize(widthPx: number): TimelineSize {
  return {
    widthPx: Math.max(320, widthPx),
    heightPx: TIMELINE_HEIGHT_PX,
    marginLeftPx: 64,
    marginRightPx: 18,
    marginTopPx: 14,
    marginBottomPx: 40,
  };
}

export interface TimelineScales {
  readonly size: TimelineSize;
  /** Event time (ms) to x (px). */
  readonly x: ScaleLinear<number, number>;
  /** Processing time (ms) to y (px); later is higher up. */
  readonly y: ScaleLinear<number, number>;
}

/**
 * The event-time axis: at least the run itself, widened in whole steps of about a tenth of the
 * run when records carry earlier or later timestamps (a skewed clock, a straggler near zero), so
 * the axis moves rarely and the dots already drawn stay where they are.
 *
 * @example
 * eventDomain(60_000, [-1200, 58_000]); // [-6000, 60000]
 */
export function eventDomain(
  durationMs: number,
  rangeMs: readonly [number, number] | null,
): [number, number] {
  const step = Math.max(1, tickStep(0, Math.max(1, durationMs), 10));
  const [min, max] = rangeMs ?? [0, durationMs];
  const lo = Math.min(0, Math.floor(min / step) * step);
  const hi = Math.max(durationMs, Math.ceil(max / step) * step);
  return [lo, hi > lo ? hi : lo + step];
}

export type TimelineZoom = 'run' | 'recent';

export interface TimelineDomains {
  readonly eventMs: readonly [number, number];
  readonly processingMs: readonly [number, number];
}

/**
 * How much processing time the "recent" zoom shows: two windows' worth, at least 10 s and at
 * most the whole run.
 *
 * @example
 * recentSpanMs(10_000, 60_000); // 20000
 */
export function recentSpanMs(windowMs: number, durationMs: number): number {
  return Math.min(Math.max(1, durationMs), Math.max(10_000, 2 * windowMs));
}

/**
 * The axes' domains. "run" shows the whole run on both axes. "recent" shows the last
 * `spanMs` of processing time and the event times just before them; its end moves in steps of a
 * tenth of the span, so the picture (and the canvas) is redrawn in full only at each step and in
 * between only new dots are added.
 *
 * @example
 * timelineDomains('recent', 60_000, null, 31_000, 20_000); // processing [14000, 34000]
 */
export function timelineDomains(
  zoom: TimelineZoom,
  durationMs: number,
  rangeMs: readonly [number, number] | null,
  nowMs: number,
  spanMs: number,
): TimelineDomains {
  if (zoom === 'run' || spanMs >= durationMs)
    return {
      eventMs: eventDomain(durationMs, rangeMs),
      processingMs: [0, Math.max(1, durationMs)],
    };
  const step = spanMs / 10;
  const end = Math.max(spanMs, Math.ceil((nowMs + step / 2) / step) * step);
  const start = end - spanMs;
  return { eventMs: [start - spanMs / 2, end], processingMs: [start, end] };
}

export function timelineScales(size: TimelineSize, domains: TimelineDomains): TimelineScales {
  const x = scaleLinear()
    .domain([domains.eventMs[0], domains.eventMs[1]])
    .range([size.marginLeftPx, size.widthPx - size.marginRightPx]);
  const y = scaleLinear()
    .domain([domains.processingMs[0], domains.processingMs[1]])
    .range([size.heightPx - size.marginBottomPx, size.marginTopPx]);
  return { size, x, y };
}

export interface AxisTick {
  readonly value: number;
  readonly px: number;
  readonly label: string;
}

/** Short, signed seconds for tick labels: "-5 s", "0 s", "12.5 s". */
export function secondsLabel(ms: number): string {
  const seconds = Math.round(ms) / 1000;
  return `${seconds} s`;
}

export function axisTicks(scales: TimelineScales): {
  readonly x: readonly AxisTick[];
  readonly y: readonly AxisTick[];
} {
  const count = Math.max(3, Math.floor(scales.size.widthPx / 90));
  return {
    x: scales.x
      .ticks(count)
      .map((value) => ({ value, px: scales.x(value), label: secondsLabel(value) })),
    y: scales.y
      .ticks(6)
      .map((value) => ({ value, px: scales.y(value), label: secondsLabel(value) })),
  };
}
