// What a click on a row of the trace table does: it highlights the event's entity, moves the
// simulation to just after the event, and once the seek has reshaped the list it scrolls the
// picked row back into view. It is a hook of its own because the pick and the scroll that follows
// it go together, and neither is part of drawing the table.

import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import type { TraceEvent } from '../../../engine/index.ts';
import type { PlayerCommand } from '../../../player/index.ts';
import { scrollToReveal } from '../../viz/rowWindow.ts';
import { highlightEntity, type HighlightStore } from '../highlightStore.ts';
import { TRACE_ROW_HEIGHT_PX, TRACE_VIEWPORT_PX } from './traceGeometry.ts';
import { primaryEntity, type EntityKindOf } from './traceEntities.ts';
import { rowOfTraceIndex, type TraceIndexSnapshot } from './traceIndexFold.ts';

export interface TracePickSources {
  readonly highlight: HighlightStore;
  readonly send: (command: PlayerCommand) => void;
  readonly kindOf: EntityKindOf;
  readonly snapshot: TraceIndexSnapshot;
  /** The trace index of the highlighted event, if any. */
  readonly selectedIndex: number | null;
  readonly newestFirst: boolean;
  /** The table's scrolling viewport. */
  readonly viewport: RefObject<HTMLDivElement | null>;
}

/** Returns the rows' click handler. */
export function useTracePick(sources: TracePickSources) {
  const { highlight, send, kindOf, snapshot, selectedIndex, newestFirst, viewport } = sources;
  const revealPending = useRef(false);
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
  }, [snapshot, selectedIndex, newestFirst, viewport]);

  return onPick;
}
