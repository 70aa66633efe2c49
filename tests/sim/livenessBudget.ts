// The arithmetic that makes the liveness phase achievable: when faults heal, how long a group may
// take to settle after the last fault, and how long the run must last for a backlog to drain.
// Every bound is derived from the generated numbers, so a failed liveness check means a bug, not
// an unlucky draw.

import type { GroupDraw } from './generateGroups.ts';
import type { RawProducer } from './generateTopology.ts';
import { intBetween, type SimRandom } from './simRandom.ts';

/** Faults heal at 3/5 of the run; the last 2/5 are the liveness phase. */
export function healTimeMs(durationMs: number): number {
  return Math.floor((durationMs * 3) / 5);
}

/** The shortest drain time the generator allows a group after it has settled. */
const DRAIN_MS_MIN = 4000;
/** Network round trips, heartbeat phase and cooperative follow-up rounds, generously. */
const PROTOCOL_MS_SLACK = 2000;

/** The producer's retry.backoff.ms, left at the scenario default. */
const RETRY_BACKOFF_MS = 100;

/**
 * Time after the heal until every produce request sent before it is settled: a request to a dead
 * broker, across a cut link or whose answer was dropped times out, and each retry may meet another
 * dropped answer, up to `retries` times. Records it appends must still be drained.
 */
export function producerSettleMs(producers: readonly RawProducer[]): number {
  let settleMs = 0;
  for (const p of producers) {
    const attempts = (p.retries as number) + 1;
    settleMs = Math.max(settleMs, attempts * ((p.requestTimeoutMs as number) + RETRY_BACKOFF_MS));
  }
  return settleMs;
}

/**
 * Time a group may need after the heal to be Stable again: sessions of crashed members expire,
 * a rebalance waits at most the rebalance timeout for members to rejoin, and each of those can
 * happen twice (a cooperative follow-up round); a member whose JoinGroup was lost across a cut
 * link waits a session timeout first, and a poll slowed before the heal may run one poll interval
 * more. Then one commit cycle makes the lag visible. Producers settle at the same time. A group
 * of two or more may have a crash armed for a commit after the heal, costing one more rebalance.
 */
export function convergenceSlackMs(group: GroupDraw, settleMs: number): number {
  let commitMs = 0;
  for (const m of group.members) {
    const intervalMs = m.commit.mode === 'auto' ? m.commit.intervalMs : 0;
    commitMs = Math.max(commitMs, intervalMs + m.pollBackoffMs + m.fetchDelayMs);
  }
  const rebalanceMs = group.sessionTimeoutMs + group.maxPollIntervalMs;
  const lateStartMs = Math.max(group.sessionTimeoutMs, group.maxPollIntervalMs);
  const groupMs = lateStartMs + 2 * rebalanceMs + group.initialRebalanceDelayMs + commitMs;
  const armedMs = group.members.length >= 2 ? rebalanceMs : 0;
  return Math.max(groupMs, settleMs) + armedMs + PROTOCOL_MS_SLACK;
}

/**
 * A run length of 20 to 60 s, raised when the slowest group would not settle and drain in time
 * (to 91 s at most with the timings the generator draws).
 */
export function chooseDurationMs(
  rng: SimRandom,
  groups: readonly GroupDraw[],
  settleMs: number,
): number {
  let slackMs = 0;
  for (const g of groups) slackMs = Math.max(slackMs, convergenceSlackMs(g, settleMs));
  // The liveness phase is 2/5 of the run, so the run must be 5/2 of what that phase needs.
  const neededMs = Math.ceil(((slackMs + DRAIN_MS_MIN) * 5) / 2 / 1000) * 1000;
  return Math.max(intBetween(rng, 20, 60) * 1000, neededMs);
}

/** Time a group has to work through its backlog once it has settled after the heal. */
export function drainTimeMs(group: GroupDraw, durationMs: number, settleMs: number): number {
  return durationMs - healTimeMs(durationMs) - convergenceSlackMs(group, settleMs);
}
