// Event time as a producer's clock tells it: the simulator's time plus a fixed skew, a drift that
// grows with time, and any jumps (an NTP step, a wrong manual setting) that have happened. All in
// integer milliseconds; the drift truncates toward zero.

import type { ProducerClock } from '../model/scenarioModel.ts';

export function clockReadingMs(clock: ProducerClock | undefined, nowMs: number): number {
  if (!clock) return nowMs;
  let t = nowMs + (clock.skewMs ?? 0) + Math.trunc((nowMs * (clock.driftPpm ?? 0)) / 1_000_000);
  for (const j of clock.jumps ?? []) if (j.atMs <= nowMs) t += j.byMs;
  return t;
}
