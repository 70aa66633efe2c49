// The arithmetic that makes the liveness phase achievable: when faults heal, how long a group may
// take to settle after the last fault, and how long the run must last for a backlog to drain.
// Every bound is derived from the generated numbers, so a failed liveness check means a bug, not
// an unlucky draw.

import type { GroupDraw } from './generateGroups.ts';
import { intBetween, type SimRandom } from './simRandom.ts';

/** Faults heal at 3/5 of the run; the last 2/5 are the liveness phase. */
export function healTimeMs(durationMs: number): number {
  return Math.floor((durationMs * 3) / 5);
}

/** The shortest drain time the generator allows a group after it has settled. */
const DRAIN_MS_MIN = 4000;
/** Network round trips, heartbeat phase and cooperative follow-up rounds, generously. */
const PROTOCOL_MS_SLACK = 2000;

/**
 * Time a group may need after the heal to be Stable again: sessions of crashed members expire,
 * a rebalance waits at most the rebalance timeout for members to rejoin, and each of those can
 * happen twice (a cooperative follow-up round). Then one commit cycle makes the lag visible.
 */
export function convergenceSlackMs(group: GroupDraw): number {
  let commitMs = 0;
  for (const m of group.members) {
    const intervalMs = m.commit.mode === 'auto' ? m.commit.intervalMs : 0;
    commitMs = Math.max(commitMs, intervalMs + m.pollBackoffMs + m.fetchDelayMs);
  }
  const rebalanceMs = group.sessionTimeoutMs + group.maxPollIntervalMs;
  return 2 * rebalanceMs + group.initialRebalanceDelayMs + commitMs + PROTOCOL_MS_SLACK;
}

/** A run length of 20 to 60 s, raised when the slowest group would not settle and drain in time. */
export function chooseDurationMs(rng: SimRandom, groups: readonly GroupDraw[]): number {
  let slackMs = 0;
  for (const g of groups) slackMs = Math.max(slackMs, convergenceSlackMs(g));
  // The liveness phase is 2/5 of the run, so the run must be 5/2 of what that phase needs.
  const neededMs = Math.ceil(((slackMs + DRAIN_MS_MIN) * 5) / 2 / 1000) * 1000;
  return Math.max(intBetween(rng, 20, 60) * 1000, neededMs);
}

/** Time a group has to work through its backlog once it has settled after the heal. */
export function drainTimeMs(group: GroupDraw, durationMs: number): number {
  return durationMs - healTimeMs(durationMs) - convergenceSlackMs(group);
}
