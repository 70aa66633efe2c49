import { describe, expect, test } from 'vitest';
import { compact, layoutTimeSeries, type ChartSize, type SeriesInput } from './timeSeriesLayout.ts';

const SIZE: ChartSize = {
  widthPx: 110,
  heightPx: 120,
  marginLeftPx: 10,
  marginRightPx: 0,
  marginTopPx: 0,
  marginBottomPx: 20,
};

function series(points: SeriesInput['points']): SeriesInput {
  return { id: 's', label: 'S', colour: '#0072B2', dash: '', points };
}

describe('layoutTimeSeries', () => {
  test('maps time across the plot and values up from the x axis', () => {
    const chart = layoutTimeSeries(
      [
        series([
          { tMs: 0, value: 0 },
          { tMs: 500, value: 5 },
          { tMs: 1000, value: 10 },
        ]),
      ],
      1000,
      250,
      SIZE,
    );
    expect(chart.paths[0]?.d).toBe('M10,100L60,50L110,0');
    expect(chart.playheadXPx).toBe(35);
    expect(chart.plotBottomPx).toBe(100);
    expect(chart.yTicks.map((tick) => tick.value)).toEqual([0, 5, 10]);
    expect(chart.xTicks[0]).toEqual({ value: 0, px: 10, label: '0s' });
  });

  test('breaks the line at null values', () => {
    const chart = layoutTimeSeries(
      [
        series([
          { tMs: 0, value: 1 },
          { tMs: 500, value: null },
          { tMs: 1000, value: 1 },
        ]),
      ],
      1000,
      0,
      SIZE,
    );
    expect(chart.paths[0]?.d.match(/M/g)).toHaveLength(2);
  });

  test('marks values between gaps with a dot, since a line cannot show them', () => {
    const chart = layoutTimeSeries(
      [
        series([
          { tMs: 0, value: 2 },
          { tMs: 250, value: null },
          { tMs: 500, value: 5 },
          { tMs: 750, value: null },
          { tMs: 1000, value: 10 },
        ]),
      ],
      1000,
      0,
      SIZE,
    );
    expect(chart.dots.map((dot) => [dot.cx, dot.cy])).toEqual([
      [10, 80],
      [60, 50],
      [110, 0],
    ]);
    const joined = layoutTimeSeries(
      [
        series([
          { tMs: 0, value: 2 },
          { tMs: 500, value: 5 },
        ]),
      ],
      1000,
      0,
      SIZE,
    );
    expect(joined.dots).toEqual([]);
  });

  test('keeps a usable y axis with no data and clamps the playhead', () => {
    const chart = layoutTimeSeries([series([])], 1000, 5000, SIZE);
    expect(chart.paths[0]?.d).toBe('');
    expect(chart.yTicks.at(-1)?.value).toBe(1);
    expect(chart.playheadXPx).toBe(110);
  });
});

describe('compact', () => {
  test('shortens thousands', () => {
    expect(compact(950)).toBe('950');
    expect(compact(1250)).toBe('1.3k');
    expect(compact(25_000)).toBe('25k');
    expect(compact(0.5)).toBe('0.5');
  });
});

describe('log y axis', () => {
  test('ticks powers of ten up to the data and puts values below 1 on the floor', () => {
    const chart = layoutTimeSeries(
      [
        series([
          { tMs: 0, value: 0 },
          { tMs: 500, value: 10 },
          { tMs: 1000, value: 4000 },
        ]),
      ],
      1000,
      0,
      SIZE,
      'log',
    );
    expect(chart.yTicks.map((tick) => tick.label)).toEqual(['1', '10', '100', '1k', '10k']);
    expect(chart.yTicks.map((tick) => tick.px)).toEqual([100, 75, 50, 25, 0]);
    expect(chart.paths[0]?.d.startsWith('M10,100L60,75')).toBe(true);
  });
});
