// The canvas layer of the event-time view. Scales are fixed for a run (the axes cover the whole
// run), so a dot never moves once drawn: each frame paints only the records that arrived since
// the last one, and everything is painted again only when the picture itself changed (size,
// axis, emphasis, job, a dropped record or a seek back).

import { useLayoutEffect, useRef } from 'react';
import { drawRecordDots, recordsBetween, type DotEmphasis } from './drawRecordDots.ts';
import type { TimelineScales } from './timelineLayout.ts';
import type { TimelineJob } from './timelineTypes.ts';

export interface RecordDotsCanvasProps {
  readonly job: TimelineJob;
  readonly scales: TimelineScales;
  readonly emphasis: DotEmphasis | null;
  /** A string that changes whenever `emphasis` does. */
  readonly emphasisKey: string;
  /** False until the stage's width is measured (and in jsdom): nothing is painted then. */
  readonly measured: boolean;
}

interface Painted {
  readonly picture: string;
  readonly revision: number;
  readonly count: number;
}

export function RecordDotsCanvas({
  job,
  scales,
  emphasis,
  emphasisKey,
  measured,
}: RecordDotsCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const painted = useRef<Painted | null>(null);
  const { widthPx, heightPx } = scales.size;
  const [lo, hi] = scales.x.domain() as [number, number];
  const [yLo, yHi] = scales.y.domain() as [number, number];
  const picture = `${job.id}|${widthPx}|${heightPx}|${lo}|${hi}|${yLo}|${yHi}|${emphasisKey}`;
  const { records, revision } = job;
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = measured ? (canvas?.getContext('2d') ?? null) : null;
    if (canvas === null || ctx === null) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(widthPx * ratio);
    const height = Math.round(heightPx * ratio);
    const last = painted.current;
    let from = 0;
    if (canvas.width !== width || canvas.height !== height) {
      // Resizing clears the canvas.
      canvas.width = width;
      canvas.height = height;
    } else if (
      last !== null &&
      last.picture === picture &&
      last.revision === revision &&
      last.count <= records.count
    ) {
      from = last.count;
    } else {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, width, height);
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const visible = recordsBetween(records, yLo, yHi);
    const { size } = scales;
    ctx.save();
    ctx.beginPath();
    ctx.rect(
      size.marginLeftPx,
      size.marginTopPx,
      size.widthPx - size.marginLeftPx - size.marginRightPx,
      size.heightPx - size.marginTopPx - size.marginBottomPx,
    );
    ctx.clip();
    drawRecordDots(
      ctx,
      records,
      { from: Math.max(from, visible.from), to: visible.to },
      scales,
      emphasis,
    );
    ctx.restore();
    painted.current = { picture, revision, count: records.count };
  }, [measured, picture, revision, records, scales, emphasis, widthPx, heightPx, yLo, yHi]);
  return (
    <canvas
      ref={ref}
      className="timeline-canvas"
      aria-hidden="true"
      data-records={records.count}
      style={{ width: `${widthPx}px`, height: `${heightPx}px` }}
    />
  );
}
