import { describe, expect, test } from 'vitest';
import { createRecordColumns, DROPPED, pushRecord } from './recordColumns.ts';
import { drawRecordDots, recordsBetween } from './drawRecordDots.ts';
import {
  eventDomain,
  recentSpanMs,
  timelineDomains,
  timelineScales,
  timelineSize,
} from './timelineLayout.ts';
import { firingGroups, idleSpans, markPath, windowBands } from './timelineMarks.ts';
import { DIMMED_ALPHA } from './timelineStyle.ts';
import type { Firing } from './timelineTypes.ts';

// A 600 px wide chart with 64 px and 18 px margins has 518 px of plot for the event-time axis.
const SIZE = timelineSize(600);
const RUN = timelineScales(SIZE, { eventMs: [0, 60_000], processingMs: [0, 60_000] });

describe('axes', () => {
  test('event time covers the run and widens in nice steps of about a tenth for odd timestamps', () => {
    expect(eventDomain(60_000, null)).toEqual([0, 60_000]);
    expect(eventDomain(60_000, [100, 59_000])).toEqual([0, 60_000]);
    // d3's nice step for a tenth of 60 s is 5 s.
    expect(eventDomain(60_000, [-1200, 58_000])).toEqual([-5000, 60_000]);
    expect(eventDomain(45_000, [0, 55_100])).toEqual([0, 60_000]);
  });

  test('processing time runs upwards and event time rightwards', () => {
    expect(RUN.x(0)).toBe(SIZE.marginLeftPx);
    expect(RUN.x(60_000)).toBe(SIZE.widthPx - SIZE.marginRightPx);
    expect(RUN.y(0)).toBe(SIZE.heightPx - SIZE.marginBottomPx);
    expect(RUN.y(60_000)).toBe(SIZE.marginTopPx);
  });

  test('"around now" shows a span that moves in tenths, with event time reaching further back', () => {
    expect(recentSpanMs(10_000, 60_000)).toBe(20_000);
    expect(recentSpanMs(1000, 60_000)).toBe(10_000);
    expect(recentSpanMs(30_000, 60_000)).toBe(60_000);
    const early = timelineDomains('recent', 60_000, null, 3000, 20_000);
    expect(early.processingMs).toEqual([0, 20_000]);
    // Steps of 2 s; the end stays at least a half step ahead of now.
    const later = timelineDomains('recent', 60_000, null, 31_000, 20_000);
    expect(later.processingMs).toEqual([12_000, 32_000]);
    expect(later.eventMs).toEqual([2000, 32_000]);
    // Within one step the domain stays put, so the canvas only adds dots.
    expect(timelineDomains('recent', 60_000, null, 30_100, 20_000)).toEqual(later);
    expect(timelineDomains('recent', 60_000, null, 31_100, 20_000).processingMs).toEqual([
      14_000, 34_000,
    ]);
    expect(timelineDomains('run', 60_000, null, 31_000, 20_000).processingMs).toEqual([0, 60_000]);
  });
});

describe('marks', () => {
  test('the watermark is a step line that holds each value until the next advance', () => {
    const marks = [
      { atMs: 0, valueMs: 0, traceIndex: 1 },
      { atMs: 30_000, valueMs: 30_000, traceIndex: 2 },
    ];
    const x0 = RUN.x(0);
    const x1 = RUN.x(30_000);
    expect(markPath(marks, RUN, 45_000)).toBe(
      `M${x0},${RUN.y(0)}V${RUN.y(30_000)}H${x1}V${RUN.y(45_000)}`,
    );
    expect(markPath([], RUN, 45_000)).toBe('');
  });

  test('tumbling windows become alternating bands; sliding ones show their slides', () => {
    const tumbling = windowBands({ kind: 'tumbling', sizeMs: 10_000 }, RUN);
    expect(tumbling.map((b) => [b.startMs, b.endMs, b.shaded])).toEqual([
      [0, 10_000, true],
      [10_000, 20_000, false],
      [20_000, 30_000, true],
      [30_000, 40_000, false],
      [40_000, 50_000, true],
      [50_000, 60_000, false],
    ]);
    const offset = windowBands({ kind: 'tumbling', sizeMs: 10_000, offsetMs: 5000 }, RUN);
    expect(offset[0]).toMatchObject({ startMs: -5000, endMs: 5000, x0: RUN.x(0) });
    expect(windowBands({ kind: 'sliding', sizeMs: 10_000, slideMs: 5000 }, RUN)).toHaveLength(12);
    expect(windowBands({ kind: 'session', gapMs: 2000 }, RUN)).toEqual([]);
    expect(windowBands({ kind: 'tumbling', sizeMs: 10 }, RUN)).toEqual([]);
  });

  test('firings of one pane at one moment are one mark with a result per key', () => {
    const firing = (key: string, atMs: number, timing: Firing['timing']): Firing => ({
      atMs,
      startMs: 0,
      endMs: 10_000,
      key,
      value: key.length,
      timing,
      traceIndex: atMs,
    });
    const groups = firingGroups([
      firing('k0', 11_000, 'on-time'),
      firing('k10', 11_000, 'on-time'),
      firing('k0', 12_000, 'late'),
    ]);
    expect(groups.map((g) => [g.atMs, g.timing, g.results.map((r) => r.key)])).toEqual([
      [11_000, 'on-time', ['k0', 'k10']],
      [12_000, 'late', ['k0']],
    ]);
  });

  test('idle spans close when a partition wakes and stay open until now otherwise', () => {
    const spans = idleSpans(
      [
        { atMs: 1000, partition: 'p-1', idle: true, traceIndex: 1 },
        { atMs: 2000, partition: 'p-0', idle: true, traceIndex: 2 },
        { atMs: 4000, partition: 'p-1', idle: false, traceIndex: 3 },
      ],
      9000,
    );
    expect(spans).toEqual([
      { partition: 'p-1', fromMs: 1000, toMs: 4000, open: false },
      { partition: 'p-0', fromMs: 2000, toMs: 9000, open: true },
    ]);
  });
});

describe('record dots on canvas', () => {
  function columns() {
    const records = createRecordColumns(2);
    const rows = [
      [500, 1000, 0, 0],
      [900, 2000, DROPPED, 1],
      [1500, 2000, 0, 1],
      [2500, 3000, 0, 0],
    ] as const;
    rows.forEach(([eventMs, procMs, status, partition], traceIndex) =>
      pushRecord(records, { eventMs, procMs, traceIndex, status, partition, producer: 0 }),
    );
    return records;
  }

  test('finds the records within a span of processing time by binary search', () => {
    const records = columns();
    expect(records.count).toBe(4);
    expect(recordsBetween(records, 1500, 2000)).toEqual({ from: 1, to: 3 });
    expect(recordsBetween(records, 0, 10_000)).toEqual({ from: 0, to: 4 });
    expect(recordsBetween(records, 3500, 9000)).toEqual({ from: 4, to: 4 });
  });

  test('draws a circle per record and a cross per dropped one, dimming what is not emphasised', () => {
    const calls: string[] = [];
    const alphas: number[] = [];
    const ctx = {
      beginPath: () => {},
      moveTo: () => calls.push('move'),
      lineTo: () => calls.push('line'),
      arc: () => calls.push('arc'),
      fill: () => calls.push('fill'),
      stroke: () => calls.push('stroke'),
      fillStyle: '',
      strokeStyle: '',
      lineWidth: 1,
      set globalAlpha(value: number) {
        alphas.push(value);
      },
      get globalAlpha() {
        return alphas.at(-1) ?? 1;
      },
    };
    drawRecordDots(ctx, columns(), { from: 0, to: 4 }, RUN, null);
    expect(calls.filter((c) => c === 'arc')).toHaveLength(3);
    expect(calls.filter((c) => c === 'line')).toHaveLength(2);
    calls.length = 0;
    alphas.length = 0;
    drawRecordDots(ctx, columns(), { from: 2, to: 4 }, RUN, {
      partitions: new Set([1]),
      producers: new Set(),
    });
    expect(calls.filter((c) => c === 'arc')).toHaveLength(2);
    expect(alphas).toContain(DIMMED_ALPHA);
    expect(alphas.at(-1)).toBe(1);
  });
});
