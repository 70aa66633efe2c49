// The chart of the event-time view for one job or operator: SVG bands and axes under a canvas of
// record dots,
// under SVG lines, firings and the playhead. The three layers share one size and one pair of
// scales; `data-export-layers` lets "Export view" composite them into one picture.

import { useMemo } from 'react';
import { RecordDotsCanvas } from './RecordDotsCanvas.tsx';
import { TimelineBackdrop } from './TimelineBackdrop.tsx';
import type { TimelineEmphasis } from './timelineEmphasis.ts';
import {
  recentSpanMs,
  timelineDomains,
  timelineScales,
  timelineSize,
  type TimelineZoom,
} from './timelineLayout.ts';
import { idleSpans, windowBands, type FiringGroup } from './timelineMarks.ts';
import { TimelineOverlay } from './TimelineOverlay.tsx';
import type { TimelineTrack } from './timelineTracks.ts';
import type { TimelineJob, TimelineSnapshot } from './timelineTypes.ts';

export interface TimelineChartProps {
  readonly snapshot: TimelineSnapshot;
  readonly job: TimelineJob;
  /** What the job or operator is: its window panes, window length and horizons. */
  readonly track: TimelineTrack;
  readonly groups: readonly FiringGroup[];
  readonly emphasis: TimelineEmphasis;
  readonly durationMs: number;
  readonly zoom: TimelineZoom;
  /** Measured width of the stage in CSS px; 0 before it is measured. */
  readonly widthPx: number;
}

export function TimelineChart(props: TimelineChartProps) {
  const { snapshot, job, track, groups, emphasis, durationMs, widthPx, zoom } = props;
  const span = recentSpanMs(track.windowMs, durationMs);
  const domains = timelineDomains(zoom, durationMs, snapshot.eventRangeMs, snapshot.nowMs, span);
  const [lo, hi] = domains.eventMs;
  const [yLo, yHi] = domains.processingMs;
  const width = timelineSize(widthPx === 0 ? 720 : widthPx).widthPx;
  const scales = useMemo(
    () => timelineScales(timelineSize(width), { eventMs: [lo, hi], processingMs: [yLo, yHi] }),
    [width, lo, hi, yLo, yHi],
  );
  const { assigner } = track;
  const bands = useMemo(
    () => (assigner === null ? [] : windowBands(assigner, scales)),
    [assigner, scales],
  );
  const otherJobs = snapshot.jobs.filter((other) => other.id !== job.id);
  return (
    <div
      className="timeline-layers"
      style={{ height: `${scales.size.heightPx}px` }}
      data-export-layers=""
    >
      <TimelineBackdrop scales={scales} bands={bands} />
      <RecordDotsCanvas
        job={job}
        scales={scales}
        emphasis={emphasis.dots}
        emphasisKey={emphasis.key}
        measured={widthPx > 0}
      />
      <TimelineOverlay
        scales={scales}
        job={job}
        otherJobs={otherJobs}
        horizons={track.semantics.horizons}
        groups={groups}
        idle={idleSpans(job.idleChanges, snapshot.nowMs)}
        narratedWindows={emphasis.windows}
        nowMs={snapshot.nowMs}
      />
    </div>
  );
}
