// The axes of one time-series chart (TimeSeriesChart.tsx): a gridline and label per value tick
// and a label per time tick, all from the pure layout in viz/. It is a component of its own so
// that the chart draws its frame and series, and the axes' markup sits in one place.

import type { ChartLayout } from '../../viz/timeSeriesLayout.ts';

export interface TimeSeriesAxesProps {
  readonly chart: ChartLayout;
}

export function TimeSeriesAxes({ chart }: TimeSeriesAxesProps) {
  const { size } = chart;
  return (
    <>
      {chart.yTicks.map((tick) => (
        <g key={tick.value} className="metric-grid">
          <line
            x1={size.marginLeftPx}
            x2={size.widthPx - size.marginRightPx}
            y1={tick.px}
            y2={tick.px}
          />
          <text x={size.marginLeftPx - 4} y={tick.px + 3} textAnchor="end">
            {tick.label}
          </text>
        </g>
      ))}
      {chart.xTicks.map((tick) => (
        <text
          key={tick.value}
          className="metric-axis"
          x={tick.px}
          y={chart.plotBottomPx + 14}
          textAnchor="middle"
        >
          {tick.label}
        </text>
      ))}
    </>
  );
}
