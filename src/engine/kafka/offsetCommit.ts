// Offset commits as the group coordinator judges them. A commit from a member that is not in the
// current generation, or made while the group awaits the leader's assignment, fails, as Kafka's
// CommitFailedException does; that failure is what turns a rebalance into duplicate processing.

import { emit } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import { memberIdOf } from './groupMembers.ts';
import { linkBlocked } from './networkFaults.ts';
import { crashConsumer } from './consumerLifecycle.ts';
import { resetGeneration } from './consumerMember.ts';

/** Commits `offset` (the next offset to read) for one partition; returns false when refused. */
export function commitOffset(
  w: World,
  consumer: number,
  partition: number,
  offset: number,
): boolean {
  const cs = w.m.consumers[consumer]!;
  if (cs.crashOnCommit === 'before-commit') {
    cs.crashOnCommit = null;
    crashConsumer(w, consumer);
    return false;
  }
  const ok = judgeCommit(w, consumer, partition, offset);
  if (cs.crashOnCommit === 'after-commit') {
    cs.crashOnCommit = null;
    crashConsumer(w, consumer);
  }
  return ok;
}

function judgeCommit(w: World, consumer: number, partition: number, offset: number): boolean {
  const c = w.index.consumers[consumer]!;
  const cs = w.m.consumers[consumer]!;
  const g = w.m.groups[c.group]!;
  const memberId = memberIdOf(w, consumer);
  const known = g.members.some((m) => m.memberId === memberId);
  const name = w.index.partitionNames[partition]!;
  const coordinator = w.index.brokers[w.index.groups[c.group]!.coordinatorBroker]!.id;
  if (linkBlocked(w, c.id, coordinator)) {
    emit(w, {
      atMs: w.m.nowMs,
      type: 'offset.commit.failed',
      group: w.index.groups[c.group]!.id,
      consumer: c.id,
      partition: name,
      offset,
      reason: 'COORDINATOR_NOT_AVAILABLE',
    });
    return false;
  }
  if (!known || cs.generation !== g.generation || g.state === 'CompletingRebalance') {
    emit(w, {
      atMs: w.m.nowMs,
      type: 'offset.commit.failed',
      group: w.index.groups[c.group]!.id,
      consumer: c.id,
      partition: name,
      offset,
      reason: !known
        ? 'UNKNOWN_MEMBER_ID'
        : g.state === 'CompletingRebalance'
          ? 'REBALANCE_IN_PROGRESS'
          : 'ILLEGAL_GENERATION',
    });
    // The coordinator forgot this member: like the Java client, reset the member id and rejoin as
    // a new member at the next poll, giving up every partition as lost. A member with a JoinGroup
    // in flight waits for its answer instead, which tells it the same.
    if (!known && !cs.joining) {
      cs.lostMembership = true;
      cs.generation = -1;
      cs.rejoinNeeded = true;
    }
    // A member the group knows under an older generation (it missed its JoinGroup answer, say):
    // the Java client resets the generation but keeps the member id, raises
    // CommitFailedException and rejoins, giving its partitions up as lost at the next poll.
    if (known && g.state !== 'CompletingRebalance') resetGeneration(w, consumer, false);
    return false;
  }
  const logEnd = w.m.partitions[partition]!.logEndOffset;
  // Invariant: a committed offset never passes the log end, unless an unclean election cut the log.
  if (offset > logEnd && w.m.partitions[partition]!.uncleanElections === 0) {
    throw new Error(`commit ${name}@${offset} passes log end ${logEnd}`);
  }
  if (g.committed[partition] === offset) return true;
  g.committed[partition] = offset;
  emit(w, {
    atMs: w.m.nowMs,
    type: 'offset.committed',
    group: w.index.groups[c.group]!.id,
    consumer: c.id,
    partition: name,
    offset,
  });
  return true;
}

/** Commits the current position of every owned partition. */
export function commitPositions(w: World, consumer: number): void {
  const cs = w.m.consumers[consumer]!;
  const epoch = cs.epoch;
  for (const p of [...cs.assigned]) {
    const pos = cs.positions[p]!;
    if (pos >= 0) commitOffset(w, consumer, p, pos);
    // A crash armed for this commit ends the loop with the process.
    if (cs.epoch !== epoch) return;
  }
}
