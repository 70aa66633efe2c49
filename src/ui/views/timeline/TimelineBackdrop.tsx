// The SVG layer under the record dots: the window panes as bands along event time, the grid and
// axes, and the ideal diagonal where event time equals processing time. It changes only when the
// size, the axis or the job does, so it is memoised by its parent's props.

import { memo } from 'react';
import { axisTicks, type TimelineScales } from './timelineLayout.ts';
import type { Band } from './timelineMarks.ts';

export interface TimelineBackdropProps {
  readonly scales: TimelineScales;
  readonly bands: readonly Band[];
}

function Diagonal({ scales }: { readonly scales: TimelineScales }) {
  const [lo, hi] = scales.x.domain() as [number, number];
  const [yLo, yHi] = scales.y.domain() as [number, number];
  const from = Math.max(lo, yLo);
  const to = Math.min(hi, yHi);
  if (to <= from) return null;
  return (
    <g className="timeline-diagonal">
      <line x1={scales.x(from)} y1={scales.y(from)} x2={scales.x(to)} y2={scales.y(to)} />
      <text x={scales.x(to) - 4} y={scales.y(to) + 12} textAnchor="end">
        event time = processing time
      </text>
    </g>
  );
}

export const TimelineBackdrop = memo(function TimelineBackdrop({
  scales,
  bands,
}: TimelineBackdropProps) {
  const { size } = scales;
  const ticks = axisTicks(scales);
  const top = size.marginTopPx;
  const bottom = size.heightPx - size.marginBottomPx;
  const left = size.marginLeftPx;
  const right = size.widthPx - size.marginRightPx;
  return (
    <svg
      className="timeline-backdrop"
      width={size.widthPx}
      height={size.heightPx}
      viewBox={`0 0 ${size.widthPx} ${size.heightPx}`}
      aria-hidden="true"
    >
      <rect className="timeline-plot" x={left} y={top} width={right - left} height={bottom - top} />
      {bands.map((band) => (
        <rect
          key={band.startMs}
          className={band.shaded ? 'timeline-band shaded' : 'timeline-band'}
          x={band.x0}
          y={top}
          width={Math.max(0, band.x1 - band.x0)}
          height={bottom - top}
        />
      ))}
      {ticks.x.map((tick) => (
        <g key={`x${tick.value}`} className="timeline-tick">
          <line x1={tick.px} x2={tick.px} y1={top} y2={bottom} />
          <text x={tick.px} y={bottom + 14} textAnchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
      {ticks.y.map((tick) => (
        <g key={`y${tick.value}`} className="timeline-tick">
          <line x1={left} x2={right} y1={tick.px} y2={tick.px} />
          <text x={left - 6} y={tick.px + 3} textAnchor="end">
            {tick.label}
          </text>
        </g>
      ))}
      <Diagonal scales={scales} />
      <text
        className="timeline-axis-title"
        x={(left + right) / 2}
        y={size.heightPx - 6}
        textAnchor="middle"
      >
        event time: when it happened →
      </text>
      <text
        className="timeline-axis-title"
        transform={`translate(14 ${(top + bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        processing time: when it reached the log →
      </text>
    </svg>
  );
});
