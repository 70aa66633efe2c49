// Window firings on the event-time view: each pane that fired is a bar across its window at the
// processing time it fired, ending in the timing's shape (triangle early, diamond on time, square
// late). Memoised on the firings and the scales, so a frame without a new firing redraws nothing.

import { memo } from 'react';
import { formatSeconds } from '../../format/formatTime.ts';
import type { TimelineScales } from './timelineLayout.ts';
import type { FiringGroup } from './timelineMarks.ts';
import { MARK_STYLES, markPathOf } from './timelineStyle.ts';

export interface FiringMarksProps {
  readonly groups: readonly FiringGroup[];
  readonly scales: TimelineScales;
}

const MARK_AREA_PX = 64;

function describeGroup(group: FiringGroup): string {
  const results = group.results.map((r) => `${r.key} = ${r.value}`).join(', ');
  return `${MARK_STYLES[group.timing].label} of [${formatSeconds(group.startMs)}, ${formatSeconds(group.endMs)}) at ${formatSeconds(group.atMs)}: ${results}`;
}

export const FiringMarks = memo(function FiringMarks({ groups, scales }: FiringMarksProps) {
  const [lo, hi] = scales.x.domain() as [number, number];
  const clamp = (ms: number): number => scales.x(Math.min(hi, Math.max(lo, ms)));
  return (
    <g className="timeline-firings">
      {groups.map((group) => {
        const style = MARK_STYLES[group.timing];
        const y = scales.y(group.atMs);
        const x1 = clamp(group.endMs);
        return (
          <g
            key={`${group.atMs}|${group.startMs}|${group.endMs}|${group.timing}`}
            className={`timeline-firing ${group.timing}`}
            data-timing={group.timing}
          >
            <title>{describeGroup(group)}</title>
            <line x1={clamp(group.startMs)} x2={x1} y1={y} y2={y} stroke={style.colour} />
            <path
              d={markPathOf(group.timing, MARK_AREA_PX)}
              transform={`translate(${x1} ${y})`}
              fill={style.colour}
              stroke="#ffffff"
              strokeWidth={1}
            />
          </g>
        );
      })}
    </g>
  );
});
