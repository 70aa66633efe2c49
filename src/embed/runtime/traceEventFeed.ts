// Turns the trace of a playing simulation into the host events `windowfired` and `faultinjected`.
// Only events the run reaches by playing or stepping are sent: a jump (seek, step back, restart)
// moves the cursor without reporting what it skipped, as a video's `timeupdate` does not replay
// the frames a seek passed over. A frame that brings a flood of events sends the first few.

import type { Simulation, TraceEvent } from '../../engine/index.ts';
import type { EmbedEventBody } from '../protocol/embedEvents.ts';

/** Events reported per simulation move; the rest of a burst (100× speed) is not sent. */
export const FEED_EVENTS_PER_MOVE_MAX = 50;

/** Trace events read per move; a longer burst is treated as a jump. */
const READ_PER_MOVE_MAX = 20_000;

export interface TraceEventFeed {
  /** Runs `move` (a seek, step back or restart) without reporting the events it passes. */
  readonly jump: (move: () => void) => void;
  readonly dispose: () => void;
}

/** The host event for a trace event, or null when hosts are not told about it. */
export function hostEventFor(event: TraceEvent): EmbedEventBody | null {
  if (event.type === 'window.fired') {
    const { atMs, job, key, window, value, timing } = event;
    return { type: 'windowfired', atMs, job, key, window: [window[0], window[1]], value, timing };
  }
  if (event.type === 'intervention.applied') {
    return { type: 'faultinjected', atMs: event.atMs, command: event.command };
  }
  return null;
}

/**
 * Follows `sim` from its current position and reports new events.
 *
 * @example
 * const feed = createTraceEventFeed(sim, (event) => channel.emit(event));
 * feed.jump(() => controller.send({ type: 'SEEK', tMs: 12000 }));
 */
export function createTraceEventFeed(
  sim: Pick<Simulation, 'traceLength' | 'traceSlice' | 'subscribe'>,
  report: (event: EmbedEventBody) => void,
): TraceEventFeed {
  let cursor = sim.traceLength();
  let jumping = false;
  const onMove = (): void => {
    const length = sim.traceLength();
    if (jumping || length <= cursor || length - cursor > READ_PER_MOVE_MAX) {
      cursor = length;
      return;
    }
    const events = sim.traceSlice(cursor, length);
    cursor = length;
    let sent = 0;
    for (const event of events) {
      const body = hostEventFor(event);
      if (body === null) continue;
      report(body);
      sent += 1;
      if (sent >= FEED_EVENTS_PER_MOVE_MAX) break;
    }
  };
  const unsubscribe = sim.subscribe(onMove);
  return {
    jump(move) {
      jumping = true;
      try {
        move();
      } finally {
        jumping = false;
        cursor = sim.traceLength();
      }
    },
    dispose: unsubscribe,
  };
}
