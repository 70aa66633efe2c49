// The marks of the event-time view other than the record dots: the watermark (or stream time)
// as a step line, window panes as bands along event time, firings grouped per pane and moment,
// and idle spans of source partitions. Pure functions of the folded data and the scales.

import type { StreamJobSpec } from '../../../engine/index.ts';
import type { TimelineScales } from './timelineLayout.ts';
import type { Firing, FiringTiming, IdleChange, TimeMark } from './timelineTypes.ts';

/** More bands than this would be stripes too thin to read; the view then draws none. */
export const BANDS_MAX = 400;

/**
 * The watermark as a step line in (event time, processing time): it holds its value from the
 * moment it advanced until the next advance, and up to `nowMs` after the last one. Values are
 * clamped into the event-time axis so a far-off first value cannot throw the line off the chart.
 *
 * @example
 * markPath([{ atMs: 200, valueMs: 0, traceIndex: 3 }], scales, 1000); // "M64,…V…"
 */
export function markPath(
  marks: readonly TimeMark[],
  scales: TimelineScales,
  nowMs: number,
  offsetMs = 0,
): string {
  const [lo, hi] = scales.x.domain() as [number, number];
  const xOf = (valueMs: number): number =>
    round(scales.x(Math.min(hi, Math.max(lo, valueMs - offsetMs))));
  let d = '';
  marks.forEach((mark, i) => {
    const x = xOf(mark.valueMs);
    d += i === 0 ? `M${x},${round(scales.y(mark.atMs))}` : `H${x}`;
    const next = marks[i + 1]?.atMs ?? Math.max(mark.atMs, nowMs);
    d += `V${round(scales.y(next))}`;
  });
  return d;
}

function round(px: number): number {
  return Math.round(px * 10) / 10;
}

export interface Band {
  readonly startMs: number;
  readonly endMs: number;
  readonly x0: number;
  readonly x1: number;
  /** Alternating bands are shaded, so neighbouring panes stay apart. */
  readonly shaded: boolean;
}

type Assigner = StreamJobSpec['window']['assigner'];

/**
 * Window panes along event time: each tumbling window, or each slide of a sliding window (a
 * sliding window covers several slides). Session windows exist only once data makes them, so
 * they show as the spans of their firings instead.
 *
 * @example
 * windowBands({ kind: 'tumbling', sizeMs: 10_000 }, scales).length; // 6 for a 60 s axis
 */
export function windowBands(assigner: Assigner, scales: TimelineScales): Band[] {
  if (assigner.kind === 'session') return [];
  const step = assigner.kind === 'tumbling' ? assigner.sizeMs : assigner.slideMs;
  const offset = assigner.offsetMs ?? 0;
  const [lo, hi] = scales.x.domain() as [number, number];
  if (step <= 0 || (hi - lo) / step > BANDS_MAX) return [];
  const bands: Band[] = [];
  let start = Math.floor((lo - offset) / step) * step + offset;
  for (; start < hi; start += step) {
    const from = Math.max(lo, start);
    const to = Math.min(hi, start + step);
    const index = Math.floor((start - offset) / step);
    bands.push({
      startMs: start,
      endMs: start + step,
      x0: scales.x(from),
      x1: scales.x(to),
      shaded: index % 2 === 0,
    });
  }
  return bands;
}

export interface FiringGroup {
  readonly atMs: number;
  readonly startMs: number;
  readonly endMs: number;
  readonly timing: FiringTiming;
  readonly results: readonly { readonly key: string; readonly value: number }[];
}

/**
 * Firings of the same pane at the same moment with the same timing (one per key) as one mark.
 *
 * @example
 * firingGroups(job.firings)[0]?.results; // [{ key: 'k0', value: 50 }, { key: 'k1', value: 48 }]
 */
export function firingGroups(firings: readonly Firing[]): FiringGroup[] {
  const groups = new Map<
    string,
    { group: FiringGroup; results: { key: string; value: number }[] }
  >();
  for (const firing of firings) {
    const id = `${firing.atMs}|${firing.startMs}|${firing.endMs}|${firing.timing}`;
    const found = groups.get(id);
    if (found !== undefined) {
      found.results.push({ key: firing.key, value: firing.value });
      continue;
    }
    const results = [{ key: firing.key, value: firing.value }];
    const { atMs, startMs, endMs, timing } = firing;
    groups.set(id, { group: { atMs, startMs, endMs, timing, results }, results });
  }
  return [...groups.values()].map(({ group }) => group);
}

export interface IdleSpan {
  readonly partition: string;
  readonly fromMs: number;
  readonly toMs: number;
  /** Still idle now. */
  readonly open: boolean;
}

/**
 * The processing-time spans in which each source partition was idle (not holding the watermark).
 *
 * @example
 * idleSpans([{ atMs: 5000, partition: 'sales-1', idle: true, traceIndex: 9 }], 8000);
 * // [{ partition: 'sales-1', fromMs: 5000, toMs: 8000, open: true }]
 */
export function idleSpans(changes: readonly IdleChange[], nowMs: number): IdleSpan[] {
  const openSince = new Map<string, number>();
  const spans: IdleSpan[] = [];
  for (const change of changes) {
    const since = openSince.get(change.partition);
    if (change.idle && since === undefined) openSince.set(change.partition, change.atMs);
    if (!change.idle && since !== undefined) {
      spans.push({ partition: change.partition, fromMs: since, toMs: change.atMs, open: false });
      openSince.delete(change.partition);
    }
  }
  for (const [partition, fromMs] of openSince)
    spans.push({ partition, fromMs, toMs: Math.max(fromMs, nowMs), open: true });
  return spans;
}
