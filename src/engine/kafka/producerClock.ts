// Event time as a producer's clock tells it: the simulator's time plus a fixed skew, a drift that
// grows with time, and any jumps (an NTP step, a wrong manual setting) that have happened. All in
// integer milliseconds; the drift truncates toward zero. A `producer.clockSkew` intervention
// replaces the configured skew from then on; drift and jumps still apply.

import type { ProducerClock } from '../model/kafkaSpecs.ts';

/** The clock's reading at `nowMs`; `skewMs`, when not null, replaces the configured skew. */
export function clockReadingMs(
  clock: ProducerClock | undefined,
  nowMs: number,
  skewMs: number | null = null,
): number {
  const skew = skewMs ?? clock?.skewMs ?? 0;
  if (!clock) return nowMs + skew;
  let t = nowMs + skew + Math.trunc((nowMs * (clock.driftPpm ?? 0)) / 1_000_000);
  for (const j of clock.jumps ?? []) if (j.atMs <= nowMs) t += j.byMs;
  return t;
}
