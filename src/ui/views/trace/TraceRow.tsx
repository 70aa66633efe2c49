// One row of the trace table: time, event type and fields. Clicking it highlights the event's
// entity and moves the simulation to just after the event. Rows are memoised and positioned
// relative to an anchor the list moves, so a row already on screen is not re-rendered as new
// events arrive above it.

import { memo } from 'react';
import { formatTraceLine, type TraceEvent } from '../../../engine/index.ts';
import { formatSeconds } from '../../format/formatTime.ts';
import { categoryOf } from './traceCategories.ts';

export interface TraceRowProps {
  readonly event: TraceEvent;
  readonly traceIndex: number;
  /** Offset from the list's anchor, which the list sets as the CSS variable --trace-anchor. */
  readonly offsetPx: number;
  readonly selected: boolean;
  /** The event names the highlighted entity. */
  readonly mentionsHighlight: boolean;
  readonly onPick: (event: TraceEvent, traceIndex: number) => void;
}

/** The fields part of the one-line form, without its time and type. */
function fieldsText(event: TraceEvent): string {
  const line = formatTraceLine(event).trimStart();
  const afterTime = line.indexOf(' ');
  const afterType = line.indexOf(' ', afterTime + 1);
  return afterType < 0 ? '' : line.slice(afterType + 1);
}

export const TraceRow = memo(function TraceRow({
  event,
  traceIndex,
  offsetPx,
  selected,
  mentionsHighlight,
  onPick,
}: TraceRowProps) {
  const classes = ['trace-row', selected ? 'selected' : '', mentionsHighlight ? 'mentions' : '']
    .filter((c) => c !== '')
    .join(' ');
  return (
    <li
      style={{ transform: `translateY(calc(var(--trace-anchor) + ${offsetPx}px))` }}
      data-trace-index={traceIndex}
    >
      <button
        type="button"
        className={classes}
        aria-current={selected ? 'true' : undefined}
        data-testid="trace-row"
        data-at-ms={event.atMs}
        onClick={() => onPick(event, traceIndex)}
      >
        <span className="trace-time">{formatSeconds(event.atMs)}</span>
        <span className={`trace-type category-${categoryOf(event.type)}`}>{event.type}</span>
        <span className="trace-fields">{fieldsText(event)}</span>
      </button>
    </li>
  );
});
