// The trace table's cache of the events on its rows. It is a hook of its own because keeping
// row objects stable from frame to frame is what lets the memoised rows skip re-rendering, a
// concern apart from which rows are shown.

import { useRef } from 'react';
import type { Simulation, TraceEvent } from '../../../engine/index.ts';

/**
 * Reads trace events by index, keeping the objects of rows on screen so that memoised rows see the
 * same event object from frame to frame. The cache empties when the index starts again (a seek
 * back can change what an index holds) and never outgrows a few screens of rows.
 */
export function useRowEvents(
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
