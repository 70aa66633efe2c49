// Paints record dots on the canvas layer of the event-time view: a filled circle per record, a
// ring for one that arrived behind the watermark, a cross for one the job dropped. Dots are
// batched into one path per style, so thousands of records cost a few fills, and the caller can
// paint only the records that arrived since its last frame.

import { BEHIND_MARK, DROPPED, type RecordColumns } from './recordColumns.ts';
import type { TimelineScales } from './timelineLayout.ts';
import {
  DIMMED_ALPHA,
  DOT_RADIUS_PX,
  EMPHASISED_DOT_RADIUS_PX,
  MARK_STYLES,
} from './timelineStyle.ts';

/** Which records to draw emphasised; null emphasises none and dims none. */
export interface DotEmphasis {
  readonly partitions: ReadonlySet<number>;
  readonly producers: ReadonlySet<number>;
}

type DotCanvas = Pick<
  CanvasRenderingContext2D,
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'fill'
  | 'stroke'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'globalAlpha'
>;

const STYLES = [
  { status: 0, style: MARK_STYLES['on-time-record'] },
  { status: BEHIND_MARK, style: MARK_STYLES['behind-record'] },
  { status: DROPPED, style: MARK_STYLES['dropped-record'] },
] as const;

function statusClass(status: number): number {
  if ((status & DROPPED) !== 0) return DROPPED;
  return status & BEHIND_MARK;
}

function isEmphasised(records: Readonly<RecordColumns>, i: number, emphasis: DotEmphasis): boolean {
  return (
    emphasis.partitions.has(records.partition[i] ?? -1) ||
    emphasis.producers.has(records.producer[i] ?? -1)
  );
}

/**
 * The records whose processing time lies within `[fromMs, toMs]`. Records are in trace order, so
 * their processing times never decrease and two binary searches find the range.
 *
 * @example
 * recordsBetween(records, 10_000, 20_000); // { from: 97, to: 195 }
 */
export function recordsBetween(
  records: Readonly<RecordColumns>,
  fromMs: number,
  toMs: number,
): { readonly from: number; readonly to: number } {
  const firstAtOrAfter = (ms: number, strict: boolean): number => {
    let lo = 0;
    let hi = records.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const value = records.procMs[mid] ?? 0;
      if (strict ? value <= ms : value < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { from: firstAtOrAfter(fromMs, false), to: firstAtOrAfter(toMs, true) };
}

/**
 * Draws records `from` (inclusive) to `to` (exclusive) in CSS px; the caller sets the transform
 * for the device pixel ratio. Dimmed records go first so emphasised ones sit on top.
 */
export function drawRecordDots(
  ctx: DotCanvas,
  records: Readonly<RecordColumns>,
  range: { readonly from: number; readonly to: number },
  scales: TimelineScales,
  emphasis: DotEmphasis | null,
): void {
  const passes = emphasis === null ? [false] : [false, true];
  for (const emphasised of passes) {
    ctx.globalAlpha = emphasis !== null && !emphasised ? DIMMED_ALPHA : 1;
    const radius = emphasised ? EMPHASISED_DOT_RADIUS_PX : DOT_RADIUS_PX;
    for (const { status, style } of STYLES) {
      ctx.beginPath();
      for (let i = range.from; i < range.to; i += 1) {
        if (statusClass(records.status[i] ?? 0) !== status) continue;
        if (emphasis !== null && isEmphasised(records, i, emphasis) !== emphasised) continue;
        const x = scales.x(records.eventMs[i] ?? 0);
        const y = scales.y(records.procMs[i] ?? 0);
        if (status === DROPPED) {
          const r = radius + 0.8;
          ctx.moveTo(x - r, y - r);
          ctx.lineTo(x + r, y + r);
          ctx.moveTo(x + r, y - r);
          ctx.lineTo(x - r, y + r);
        } else {
          ctx.moveTo(x + radius, y);
          ctx.arc(x, y, radius, 0, Math.PI * 2);
        }
      }
      if (style.filled) {
        ctx.fillStyle = style.colour;
        ctx.fill();
      } else {
        ctx.strokeStyle = style.colour;
        ctx.lineWidth = status === DROPPED ? 1.8 : 1.3;
        ctx.stroke();
      }
    }
  }
  ctx.globalAlpha = 1;
}
