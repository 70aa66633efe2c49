// The list of the trace table's rows in view: each row read from the simulation by trace index
// and placed relative to an anchor. It is its own component so that TraceTable.tsx holds the
// table's state and frame, and this file the arithmetic of where each row goes.

import type { CSSProperties } from 'react';
import type { Simulation, TraceEvent } from '../../../engine/index.ts';
import type { RowWindow } from '../../viz/rowWindow.ts';
import { eventEntityIds } from './traceEntities.ts';
import {
  TRACE_ROW_HEIGHT_PX,
  TRACE_VIEWPORT_BORDERS_PX,
  TRACE_VIEWPORT_PX,
} from './traceGeometry.ts';
import { traceIndexOfRow, type TraceIndexSnapshot } from './traceIndexFold.ts';
import { TraceRow } from './TraceRow.tsx';
import { useRowEvents } from './useRowEvents.ts';

export interface TraceRowsProps {
  readonly sim: Simulation;
  readonly snapshot: TraceIndexSnapshot;
  /** The rows to draw (those in view and a few around them). */
  readonly rows: RowWindow;
  readonly newestFirst: boolean;
  /** The trace index of the highlighted event, if any. */
  readonly selectedIndex: number | null;
  /** The highlighted entity's id in lower case, or null when none is highlighted. */
  readonly mentioned: string | null;
  readonly onPick: (event: TraceEvent, traceIndex: number) => void;
}

export function TraceRows(props: TraceRowsProps) {
  const { sim, snapshot, rows, newestFirst, selectedIndex, mentioned, onPick } = props;
  const events = useRowEvents(sim, snapshot.epoch);
  const items = [];
  for (let row = rows.first; row < rows.end; row += 1) {
    const traceIndex = traceIndexOfRow(snapshot, row, newestFirst);
    const event = events(traceIndex);
    if (event === undefined) continue;
    // Newest first, a row's place below the newest event never changes; only the anchor moves.
    const position = newestFirst ? snapshot.count - 1 - row : row;
    items.push(
      <TraceRow
        key={traceIndex}
        event={event}
        traceIndex={traceIndex}
        offsetPx={
          newestFirst ? -(position + 1) * TRACE_ROW_HEIGHT_PX : position * TRACE_ROW_HEIGHT_PX
        }
        selected={traceIndex === selectedIndex}
        mentionsHighlight={mentioned !== null && eventEntityIds(event).includes(mentioned)}
        onPick={onPick}
      />,
    );
  }
  const anchorPx = newestFirst ? snapshot.count * TRACE_ROW_HEIGHT_PX : 0;
  // The rows live in a window the height of the viewport that sticks to its top, above a spacer as
  // tall as the whole list: the browser then repaints a window of rows as events arrive, rather
  // than a scrolling layer hundreds of thousands of pixels tall. Rows sit at their place in the
  // list minus the scroll position.
  const windowTopPx = rows.topPx;
  return (
    <ol
      className="trace-rows"
      data-testid="trace-lines"
      data-total-count={snapshot.total}
      aria-label={`Trace events, ${newestFirst ? 'newest' : 'oldest'} first`}
      style={
        {
          height: TRACE_VIEWPORT_PX - TRACE_VIEWPORT_BORDERS_PX,
          '--trace-anchor': `${anchorPx - windowTopPx}px`,
        } as CSSProperties
      }
    >
      {items}
    </ol>
  );
}
