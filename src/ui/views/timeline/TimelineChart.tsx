// The chart of the event-time view for one job: SVG bands and axes under a canvas of record dots,
// under SVG lines, firings and the playhead. The three layers share one size and one pair of
// scales; `data-export-layers` lets "Export view" composite them into one picture.

import { useMemo } from 'react';
import type { StreamJobSpec } from '../../../engine/index.ts';
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
import type { TimelineJob, TimelineSnapshot } from './timelineTypes.ts';

export interface TimelineChartProps {
  readonly snapshot: TimelineSnapshot;
  readonly job: TimelineJob;
  readonly spec: StreamJobSpec | undefined;
  readonly groups: readonly FiringGroup[];
  readonly emphasis: TimelineEmphasis;
  readonly durationMs: number;
  readonly zoom: TimelineZoom;
  /** Measured width of the stage in CSS px; 0 before it is measured. */
  readonly widthPx: number;
}

function windowMsOf(spec: StreamJobSpec | undefined): number {
  const assigner = spec?.window.assigner;
  if (assigner === undefined) return 10_000;
  return assigner.kind === 'session' ? 4 * assigner.gapMs : assigner.sizeMs;
}

export function TimelineChart(props: TimelineChartProps) {
  const { snapshot, job, spec, groups, emphasis, durationMs, widthPx, zoom } = props;
  const span = recentSpanMs(windowMsOf(spec), durationMs);
  const domains = timelineDomains(zoom, durationMs, snapshot.eventRangeMs, snapshot.nowMs, span);
  const [lo, hi] = domains.eventMs;
  const [yLo, yHi] = domains.processingMs;
  const width = timelineSize(widthPx === 0 ? 720 : widthPx).widthPx;
  const scales = useMemo(
    () => timelineScales(timelineSize(width), { eventMs: [lo, hi], processingMs: [yLo, yHi] }),
    [width, lo, hi, yLo, yHi],
  );
  const assigner = spec?.window.assigner;
  const bands = useMemo(
    () => (assigner === undefined ? [] : windowBands(assigner, scales)),
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
        groups={groups}
        idle={idleSpans(job.idleChanges, snapshot.nowMs)}
        narratedWindows={emphasis.windows}
        nowMs={snapshot.nowMs}
      />
    </div>
  );
}
