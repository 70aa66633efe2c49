// Draws the consumer groups of a generated world. Group timings and member settings are drawn
// first; the per-record cost and poll size are filled in later by settleMemberCapacity, once the
// run's length and the records to drain are known, so that the liveness phase can always finish.

import type { RawTopic } from './generateTopology.ts';
import { chance, intBetween, pick, pickSome, type SimRandom } from './simRandom.ts';

const ASSIGNORS = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'] as const;

export type CommitDraw =
  | { mode: 'auto'; intervalMs: number }
  | { mode: 'after-processing' }
  | { mode: 'before-processing' };

export interface MemberDraw {
  id: string;
  groupInstanceId?: string;
  /** Absent: the member waits for a consumer.join, from the fault schedule or at the heal time. */
  joinAtMs?: number;
  fetchDelayMs: number;
  pollBackoffMs: number;
  commit: CommitDraw;
  autoOffsetReset: 'earliest' | 'latest';
  maxPollRecords: number;
  processingMsPerRecord: number;
  /** Absent: retry forever. Set for the whole group by generateCluster.ts. */
  onPoison?: 'skip' | 'dead-letter';
  deadLetterTopic?: string;
}

export interface GroupDraw {
  id: string;
  topics: string[];
  assignor: (typeof ASSIGNORS)[number];
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  maxPollIntervalMs: number;
  initialRebalanceDelayMs: number;
  members: MemberDraw[];
}

function drawCommit(rng: SimRandom): CommitDraw {
  const roll = intBetween(rng, 0, 2);
  if (roll === 0) return { mode: 'auto', intervalMs: intBetween(rng, 100, 2000) };
  return { mode: roll === 1 ? 'after-processing' : 'before-processing' };
}

function drawMember(rng: SimRandom, id: string): MemberDraw {
  const member: MemberDraw = {
    id,
    fetchDelayMs: intBetween(rng, 0, 5),
    pollBackoffMs: intBetween(rng, 10, 200),
    commit: drawCommit(rng),
    autoOffsetReset: 'earliest',
    // Placeholders until settleMemberCapacity knows the budget.
    maxPollRecords: 1,
    processingMsPerRecord: 0,
  };
  if (chance(rng, 1, 3)) member.groupInstanceId = `${id}-instance`;
  if (chance(rng, 3, 4)) member.joinAtMs = chance(rng, 1, 2) ? 0 : intBetween(rng, 1, 5000);
  return member;
}

/**
 * `auto.offset.reset=latest` skips what was written before the first assignment. Only auto-commit
 * members commit a position they have not processed into, so only an all-auto group may use it
 * and still end with zero lag on a partition that received nothing after the reset.
 */
function drawOffsetReset(rng: SimRandom, members: MemberDraw[]): void {
  if (!members.every((m) => m.commit.mode === 'auto')) return;
  for (const m of members) if (chance(rng, 1, 3)) m.autoOffsetReset = 'latest';
}

export function drawGroups(rng: SimRandom, topics: readonly RawTopic[]): GroupDraw[] {
  return Array.from({ length: intBetween(rng, 1, 2) }, (_, g) => {
    const id = `g${g + 1}`;
    const sessionTimeoutMs = intBetween(rng, 1000, 3000);
    const members = Array.from({ length: intBetween(rng, 1, 5) }, (_, m) =>
      drawMember(rng, `${id}-c${m + 1}`),
    );
    drawOffsetReset(rng, members);
    return {
      id,
      topics: pickSome(
        rng,
        topics.map((t) => t.name),
      ),
      assignor: pick(rng, ASSIGNORS),
      sessionTimeoutMs,
      // Kafka's usual ratio: a heartbeat every third of the session timeout.
      heartbeatIntervalMs: Math.floor(sessionTimeoutMs / 3),
      maxPollIntervalMs: intBetween(rng, 1500, 4500),
      initialRebalanceDelayMs: chance(rng, 1, 2) ? 0 : intBetween(rng, 100, 1000),
      members,
    };
  });
}

/**
 * Fills in `max.poll.records` and the per-record cost so that one member alone could process
 * every record its group will ever see three times over within `drainMs` (covering duplicates
 * after rebalances and rewinding seeks), and one poll's work stays under a quarter of
 * `max.poll.interval.ms` (so a busy member is never expelled for being slow).
 */
export function settleMemberCapacity(
  rng: SimRandom,
  group: GroupDraw,
  records: number,
  drainMs: number,
): void {
  const costUs = Math.max(1, Math.floor((drainMs * 1000) / (3 * records)));
  for (const m of group.members) {
    const fetchUs = m.fetchDelayMs * 1000;
    // The fetch round trip is paid once per poll; enough records per poll keep it under half the cost.
    const minRecords = Math.min(10_000, Math.max(1, Math.ceil((2 * fetchUs) / costUs)));
    m.maxPollRecords = intBetween(rng, minRecords, Math.max(minRecords, 200));
    const overheadUs = Math.ceil(fetchUs / m.maxPollRecords);
    const pollCapUs = Math.floor((group.maxPollIntervalMs * 1000) / (4 * m.maxPollRecords));
    const maxUs = Math.max(0, Math.min(costUs - overheadUs, pollCapUs, 50_000));
    m.processingMsPerRecord = intBetween(rng, Math.floor(maxUs / 4), maxUs) / 1000;
  }
}
