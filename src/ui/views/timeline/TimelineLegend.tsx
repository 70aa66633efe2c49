// The legend of the event-time view, in the DOM: each kind of mark with its shape, its colour and
// how many there are now, plus the lines (watermark or stream time, its horizons, the other jobs
// and operators, playhead).

import type { Horizon } from './jobSemantics.ts';
import type { MarkCounts } from './timelineSummary.ts';
import type { TimelineJob } from './timelineTypes.ts';
import {
  MARK_STYLES,
  markPathOf,
  OTHER_WATERMARK_COLOUR,
  WATERMARK_COLOUR,
  type MarkKind,
} from './timelineStyle.ts';

export interface TimelineLegendProps {
  readonly counts: MarkCounts;
  readonly lineName: string;
  readonly horizons: readonly Horizon[];
  /** The jobs and operators not shown, whose lines are drawn dashed. */
  readonly others: readonly TimelineJob[];
  readonly bandName: string | null;
}

const MARK_ORDER: readonly MarkKind[] = [
  'on-time-record',
  'behind-record',
  'dropped-record',
  'early',
  'on-time',
  'late',
];

function Swatch({ kind }: { readonly kind: MarkKind }) {
  const style = MARK_STYLES[kind];
  return (
    <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
      <path
        d={markPathOf(kind, kind.endsWith('record') ? 40 : 64)}
        fill={style.filled ? style.colour : 'none'}
        stroke={style.colour}
        strokeWidth={style.filled ? 0 : 1.6}
      />
    </svg>
  );
}

/** "the other job", "the other 3 operators", "the other 2 jobs and operators". */
export function othersText(others: readonly TimelineJob[]): string {
  const operators = others.filter((other) => other.operator !== null).length;
  const jobs = others.length - operators;
  const noun = operators === 0 ? 'job' : jobs === 0 ? 'operator' : null;
  if (noun === null) return `the other ${others.length} jobs and operators`;
  return others.length === 1 ? `the other ${noun}` : `the other ${others.length} ${noun}s`;
}

function LineSwatch({ colour, dash }: { readonly colour: string; readonly dash?: string }) {
  return (
    <svg width="22" height="8" aria-hidden="true">
      <line x1="0" x2="22" y1="4" y2="4" stroke={colour} strokeWidth="2" strokeDasharray={dash} />
    </svg>
  );
}

export function TimelineLegend({
  counts,
  lineName,
  horizons,
  others,
  bandName,
}: TimelineLegendProps) {
  return (
    <ul className="timeline-legend" aria-label="Legend">
      {MARK_ORDER.map((kind) => (
        <li key={kind} data-mark={kind}>
          <Swatch kind={kind} />
          {MARK_STYLES[kind].label.replace('watermark', lineName)}{' '}
          <strong data-testid={`timeline-count-${kind}`}>{counts[kind]}</strong>
        </li>
      ))}
      <li>
        <LineSwatch colour={WATERMARK_COLOUR} />
        {lineName}
      </li>
      {horizons.map((horizon) => (
        <li key={horizon.offsetMs}>
          <LineSwatch colour={WATERMARK_COLOUR} dash="2 3" />
          {horizon.label}
        </li>
      ))}
      {others.length > 0 && (
        <li>
          <LineSwatch colour={OTHER_WATERMARK_COLOUR} dash="5 4" />
          {othersText(others)}
        </li>
      )}
      {bandName !== null && (
        <li>
          <span className="timeline-band-swatch" aria-hidden="true" />
          {bandName}
        </li>
      )}
      <li>
        <LineSwatch colour="#0b5cad" />
        now (playhead)
      </li>
    </ul>
  );
}
