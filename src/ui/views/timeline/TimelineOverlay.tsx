// The SVG layer above the record dots: the watermark of every job and operator (the chosen one's
// in black, with its horizons dotted, the others dashed grey), or a Kafka Streams job's stream
// time; the window firings; checkpoints and
// failures as ticks and lines across processing time; idle partitions; the panes the narration
// names; and the playhead, a line at the current processing time.

import { useId } from 'react';
import { formatSeconds } from '../../format/formatTime.ts';
import { FiringMarks } from './FiringMarks.tsx';
import type { Horizon } from './jobSemantics.ts';
import type { TimelineScales } from './timelineLayout.ts';
import { markPath, type FiringGroup, type IdleSpan } from './timelineMarks.ts';
import {
  CHECKPOINT_COLOUR,
  FAILURE_COLOUR,
  NARRATED_COLOUR,
  OTHER_WATERMARK_COLOUR,
  WATERMARK_COLOUR,
} from './timelineStyle.ts';
import type { TimelineJob } from './timelineTypes.ts';

export interface TimelineOverlayProps {
  readonly scales: TimelineScales;
  readonly job: TimelineJob;
  readonly otherJobs: readonly TimelineJob[];
  /** Lines at fixed distances behind the chosen job's watermark (grace, join state). */
  readonly horizons: readonly Horizon[];
  readonly groups: readonly FiringGroup[];
  readonly idle: readonly IdleSpan[];
  /** Event-time windows the narration points at. */
  readonly narratedWindows: readonly (readonly [number, number])[];
  readonly nowMs: number;
}

function JobLines({
  scales,
  job,
  otherJobs,
  horizons,
  nowMs,
}: Pick<TimelineOverlayProps, 'scales' | 'job' | 'otherJobs' | 'horizons' | 'nowMs'>) {
  return (
    <g className="timeline-marks">
      {otherJobs.map((other) => (
        <path
          key={other.id}
          className="timeline-watermark other"
          d={markPath(other.marks, scales, nowMs)}
          stroke={OTHER_WATERMARK_COLOUR}
          strokeDasharray="5 4"
        >
          <title>{`${other.semantics === 'kafka-streams' ? 'stream time' : 'watermark'} of ${other.label}`}</title>
        </path>
      ))}
      {horizons.map((horizon) => (
        <path
          key={horizon.offsetMs}
          className="timeline-watermark horizon"
          d={markPath(job.marks, scales, nowMs, horizon.offsetMs)}
          stroke={WATERMARK_COLOUR}
          strokeDasharray="2 3"
          data-testid="timeline-horizon"
        >
          <title>{horizon.label}</title>
        </path>
      ))}
      <path
        className="timeline-watermark current"
        d={markPath(job.marks, scales, nowMs)}
        stroke={WATERMARK_COLOUR}
        data-testid="timeline-watermark"
      />
    </g>
  );
}

function JobEventMarks({ scales, job }: Pick<TimelineOverlayProps, 'scales' | 'job'>) {
  const { size } = scales;
  const left = size.marginLeftPx;
  const right = size.widthPx - size.marginRightPx;
  return (
    <g className="timeline-job-events">
      {job.jobEvents.map((event) => {
        const y = scales.y(event.atMs);
        if (event.kind === 'checkpoint')
          return (
            <path
              key={event.traceIndex}
              d={`M${right},${y}h-8`}
              stroke={CHECKPOINT_COLOUR}
              strokeWidth={2}
            >
              <title>{`checkpoint ${event.checkpoint} completed at ${formatSeconds(event.atMs)}`}</title>
            </path>
          );
        const failed = event.kind === 'failed';
        const label = failed
          ? `job failed at ${formatSeconds(event.atMs)}`
          : `restored from ${event.checkpoint === 0 ? 'the beginning' : `checkpoint ${event.checkpoint}`} at ${formatSeconds(event.atMs)}`;
        return (
          <g key={event.traceIndex} className={`timeline-job-event ${event.kind}`}>
            <line
              x1={left}
              x2={right}
              y1={y}
              y2={y}
              stroke={FAILURE_COLOUR}
              strokeDasharray={failed ? '6 3' : '1 3'}
            />
            <text x={left + 4} y={y - 3} fill={FAILURE_COLOUR}>
              {label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function IdleMarks({ scales, idle }: Pick<TimelineOverlayProps, 'scales' | 'idle'>) {
  const right = scales.size.widthPx - scales.size.marginRightPx;
  const partitions = [...new Set(idle.map((span) => span.partition))].sort();
  return (
    <g className="timeline-idle">
      {idle.map((span) => {
        const x = right - 14 - 6 * partitions.indexOf(span.partition);
        return (
          <line
            key={`${span.partition}@${span.fromMs}`}
            x1={x}
            x2={x}
            y1={scales.y(span.fromMs)}
            y2={scales.y(span.toMs)}
          >
            <title>{`${span.partition} idle from ${formatSeconds(span.fromMs)}${span.open ? '' : ` to ${formatSeconds(span.toMs)}`}: it does not hold the watermark back`}</title>
          </line>
        );
      })}
    </g>
  );
}

function NarratedWindows({
  scales,
  narratedWindows,
}: Pick<TimelineOverlayProps, 'scales' | 'narratedWindows'>) {
  const { size } = scales;
  const top = size.marginTopPx;
  const bottom = size.heightPx - size.marginBottomPx;
  const [lo, hi] = scales.x.domain() as [number, number];
  return (
    <g className="timeline-narrated" data-testid="timeline-narrated">
      {narratedWindows.map(([start, end]) => {
        const x0 = scales.x(Math.max(lo, start));
        const x1 = scales.x(Math.min(hi, end));
        return (
          <g key={`${start}-${end}`}>
            <rect
              x={x0}
              y={top}
              width={Math.max(0, x1 - x0)}
              height={bottom - top}
              stroke={NARRATED_COLOUR}
            />
            <text
              x={x0 + 4}
              y={top + 12}
            >{`[${formatSeconds(start)}, ${formatSeconds(end)})`}</text>
          </g>
        );
      })}
    </g>
  );
}

export function TimelineOverlay(props: TimelineOverlayProps) {
  const { scales, nowMs } = props;
  const { size } = scales;
  // React's ids hold characters that some url(#…) readers trip over; keep letters and digits.
  const clipId = `timeline-clip-${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const [yLo = 0, yHi = 0] = scales.y.domain();
  const y = scales.y(Math.min(yHi, Math.max(yLo, nowMs)));
  return (
    <svg
      className="timeline-overlay"
      width={size.widthPx}
      height={size.heightPx}
      viewBox={`0 0 ${size.widthPx} ${size.heightPx}`}
      aria-hidden="true"
    >
      <clipPath id={clipId}>
        <rect
          x={size.marginLeftPx}
          y={size.marginTopPx}
          width={size.widthPx - size.marginLeftPx - size.marginRightPx}
          height={size.heightPx - size.marginTopPx - size.marginBottomPx}
        />
      </clipPath>
      <g clipPath={`url(#${clipId})`}>
        <NarratedWindows scales={scales} narratedWindows={props.narratedWindows} />
        <IdleMarks scales={scales} idle={props.idle} />
        <JobLines
          scales={scales}
          job={props.job}
          otherJobs={props.otherJobs}
          horizons={props.horizons}
          nowMs={nowMs}
        />
        <JobEventMarks scales={scales} job={props.job} />
        <FiringMarks groups={props.groups} scales={scales} />
      </g>
      <g className="timeline-playhead" data-testid="timeline-playhead">
        <line x1={size.marginLeftPx} x2={size.widthPx - size.marginRightPx} y1={y} y2={y} />
        <text x={size.widthPx - size.marginRightPx - 4} y={y - 4} textAnchor="end">
          {`now ${formatSeconds(nowMs)}`}
        </text>
      </g>
    </svg>
  );
}
