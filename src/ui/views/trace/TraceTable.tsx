// The trace table: every event so far, filtered by type and entity, newest or oldest first. It is
// windowed: only the rows in view (and a few around them) are read from the simulation and drawn,
// so a long trace costs the same per frame as a short one.

import { useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { Simulation, WorldView } from '../../../engine/index.ts';
import { visibleRows } from '../../viz/rowWindow.ts';
import {
  selectHighlightedEntity,
  selectHighlightedTraceIndex,
  type EntityKind,
} from '../highlightStore.ts';
import { useViewsShared } from '../ViewsContext.tsx';
import { TRACE_ROW_HEIGHT_PX, TRACE_VIEWPORT_PX } from './traceGeometry.ts';
import type { EntityKindOf } from './traceEntities.ts';
import { NO_FILTER, type TraceFilter } from './traceFilter.ts';
import { TraceFilters } from './TraceFilters.tsx';
import { TraceRows } from './TraceRows.tsx';
import { useTracePick } from './useTracePick.ts';
import { useTraceIndex } from './useTraceIndex.ts';

export { TRACE_ROW_HEIGHT_PX, TRACE_VIEWPORT_PX } from './traceGeometry.ts';

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
  const snapshot = useTraceIndex(sim, filter);
  const selectedIndex = useStore(highlight, selectHighlightedTraceIndex);
  const highlighted = useStore(highlight, selectHighlightedEntity);
  const kindOf = useKindOf(world);
  const pick = { highlight, send, kindOf, snapshot, selectedIndex, newestFirst, viewport };
  const onPick = useTracePick(pick);

  const rows = visibleRows(snapshot.count, TRACE_ROW_HEIGHT_PX, scrollTop, TRACE_VIEWPORT_PX);
  const mentioned = highlighted?.id.toLowerCase() ?? null;
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
          <TraceRows
            sim={sim}
            snapshot={snapshot}
            rows={rows}
            newestFirst={newestFirst}
            selectedIndex={selectedIndex}
            mentioned={mentioned}
            onPick={onPick}
          />
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
