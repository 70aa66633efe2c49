// The trace table: every event so far, filtered by type and entity, newest or oldest first. It is
// windowed: only the rows in view (and a few around them) are read from the simulation and drawn,
// so a long trace costs the same per frame as a short one.

import { useCallback, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useStore } from 'zustand';
import type { Simulation, TraceEvent, WorldView } from '../../../engine/index.ts';
import { scrollToReveal, visibleRows } from '../../viz/rowWindow.ts';
import {
  highlightEntity,
  selectHighlightedEntity,
  selectHighlightedTraceIndex,
  type EntityKind,
} from '../highlightStore.ts';
import { useViewsShared } from '../ViewsContext.tsx';
import { eventEntityIds, primaryEntity, type EntityKindOf } from './traceEntities.ts';
import { NO_FILTER, type TraceFilter } from './traceFilter.ts';
import { rowOfTraceIndex, traceIndexOfRow } from './traceIndexFold.ts';
import { TraceFilters } from './TraceFilters.tsx';
import { TraceRow } from './TraceRow.tsx';
import { useTraceIndex } from './useTraceIndex.ts';

export const TRACE_ROW_HEIGHT_PX = 22;
export const TRACE_VIEWPORT_PX = 308;
/** The viewport's top and bottom borders (styles.css), which its scrolling area lies inside. */
const TRACE_VIEWPORT_BORDERS_PX = 2;

export interface TraceTableProps {
  readonly sim: Simulation;
  readonly world: WorldView;
}

export function TraceTable({ sim, world }: TraceTableProps) {
  const { highlight, send } = useViewsShared();
  const [filter, setFilter] = useState<TraceFilter>(NO_FILTER);
  const [newestFirst, setNewestFirst] = useState(true);
  const [scrollTop, setScrollTop] = useState(0);
  const viewport = useRef<HTMLDivElement>(null);
  const revealPending = useRef(false);
  const snapshot = useTraceIndex(sim, filter);
  const selectedIndex = useStore(highlight, selectHighlightedTraceIndex);
  const highlighted = useStore(highlight, selectHighlightedEntity);
  const kindOf = useKindOf(world);

  const onPick = useCallback(
    (event: TraceEvent, traceIndex: number) => {
      revealPending.current = true;
      highlightEntity(highlight, primaryEntity(event, kindOf), traceIndex);
      // Just after the event, so the clicked event itself has happened on every view.
      send({ type: 'SEEK', tMs: event.atMs + 1 });
    },
    [highlight, kindOf, send],
  );

  // After a pick the seek reshapes the list; bring the picked row back into view once.
  useLayoutEffect(() => {
    if (!revealPending.current || selectedIndex === null || viewport.current === null) return;
    const row = rowOfTraceIndex(snapshot, selectedIndex, newestFirst);
    revealPending.current = false;
    if (row === null) return;
    const top = scrollToReveal(
      row,
      TRACE_ROW_HEIGHT_PX,
      viewport.current.scrollTop,
      TRACE_VIEWPORT_PX,
    );
    if (top !== null) viewport.current.scrollTop = top;
  }, [snapshot, selectedIndex, newestFirst]);

  const rows = visibleRows(snapshot.count, TRACE_ROW_HEIGHT_PX, scrollTop, TRACE_VIEWPORT_PX);
  const events = useRowEvents(sim, snapshot.epoch);
  const mentioned = highlighted?.id.toLowerCase() ?? null;
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
    <section className="panel trace-table" aria-labelledby="trace-heading">
      <h2 id="trace-heading">
        Trace{' '}
        <span className="muted" data-testid="trace-count">
          (
          {snapshot.count === snapshot.total
            ? `${snapshot.total} events`
            : `${snapshot.count} of ${snapshot.total} events`}
          )
        </span>
      </h2>
      <TraceFilters
        filter={filter}
        onFilter={setFilter}
        newestFirst={newestFirst}
        onNewestFirst={setNewestFirst}
      />
      <div
        ref={viewport}
        className="trace-viewport"
        style={{ height: TRACE_VIEWPORT_PX }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <div className="trace-extent" style={{ height: rows.totalHeightPx }}>
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
        </div>
      </div>
    </section>
  );
}

/** Resolves an id to the kind of entity it names in this world. */
function useKindOf(world: WorldView): EntityKindOf {
  // The world is rebuilt every frame but its ids never change, so key the map on them.
  const entries = [
    ...world.producers.map((p) => `producer:${p.id}`),
    ...world.consumers.map((c) => `consumer:${c.id}`),
    ...world.brokers.map((b) => `broker:${b.id}`),
    ...world.groups.map((g) => `group:${g.id}`),
  ].join('\n');
  return useMemo(() => {
    const kinds = new Map<string, EntityKind>();
    for (const entry of entries.split('\n')) {
      const colon = entry.indexOf(':');
      kinds.set(entry.slice(colon + 1), entry.slice(0, colon) as EntityKind);
    }
    return (id: string) => kinds.get(id) ?? null;
  }, [entries]);
}

/**
 * Reads trace events by index, keeping the objects of rows on screen so that memoised rows see the
 * same event object from frame to frame. The cache empties when the index starts again (a seek
 * back can change what an index holds) and never outgrows a few screens of rows.
 */
function useRowEvents(
  sim: Simulation,
  epoch: number,
): (traceIndex: number) => TraceEvent | undefined {
  const cache = useRef({ epoch: -1, sim, events: new Map<number, TraceEvent>() });
  if (cache.current.epoch !== epoch || cache.current.sim !== sim || cache.current.events.size > 400)
    cache.current = { epoch, sim, events: new Map() };
  const { events } = cache.current;
  return (traceIndex) => {
    let event = events.get(traceIndex);
    if (event === undefined) {
      event = sim.traceSlice(traceIndex, traceIndex + 1)[0];
      if (event !== undefined) events.set(traceIndex, event);
    }
    return event;
  };
}
