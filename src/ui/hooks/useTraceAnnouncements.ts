// Announces significant new trace events in the live region as the simulation moves forward.
// Seeking back announces nothing, and a long jump forward reads only its last events, so a
// screen reader hears what just happened rather than a backlog.

import { useEffect } from 'react';
import type { Simulation } from '../../engine/index.ts';
import { describeTraceEvents } from '../controls/describeTraceEvent.ts';
import { announce, type UiStore } from '../controls/uiStore.ts';

/** Newest events read after one move; older ones in a long jump are skipped. */
const EVENTS_READ_MAX = 200;

export function useTraceAnnouncements(sim: Simulation, ui: UiStore): void {
  useEffect(() => {
    let seenLength = sim.traceLength();
    return sim.subscribe(() => {
      const length = sim.traceLength();
      const from = Math.max(seenLength, length - EVENTS_READ_MAX);
      const text = length > seenLength ? describeTraceEvents(sim.traceSlice(from, length)) : null;
      seenLength = length;
      if (text !== null) announce(ui, text);
    });
  }, [sim, ui]);
}
