// The member side of the classic group protocol in a consumer: sending JoinGroup and SyncGroup,
// heartbeating, noticing rebalances, and applying a new assignment with eager or cooperative
// revocation. As in Kafka's Java client, joins and assignments take effect inside poll().

import { EventKind } from '../world/eventKinds.ts';
import { emit, schedule } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import { MemberError, Reply, SYNC_FAILED } from './groupCoordinator.ts';
import { memberIdOf } from './groupMembers.ts';
import { commitOffset } from './offsetCommit.ts';
import { sendViaCoordinatorLink } from './coordinatorLink.ts';
import { initPosition, kickPoll } from './consumerPoll.ts';

function groupSpec(w: World, consumer: number) {
  return w.scenario.topology.consumerGroups[w.index.consumers[consumer]!.group]!;
}

export function isAlive(w: World, consumer: number): boolean {
  const s = w.m.consumers[consumer]!.status;
  return s === 'active' || s === 'joining';
}

export function sendJoin(w: World, consumer: number): void {
  const cs = w.m.consumers[consumer]!;
  if (cs.lostMembership) {
    cs.memberSerial++;
    cs.lostMembership = false;
  }
  cs.joining = true;
  cs.rejoinNeeded = false;
  sendViaCoordinatorLink(w, consumer, EventKind.coordinatorJoin, cs.memberSerial);
}

/**
 * Kafka's resetStateAndRejoin after UNKNOWN_MEMBER_ID or ILLEGAL_GENERATION: the generation is gone
 * (and with `dropMemberId` the member id too), so the next poll gives every owned partition up as
 * lost, commits nothing, and joins again; without a member id it joins as a new member.
 */
export function resetGeneration(w: World, consumer: number, dropMemberId: boolean): void {
  const cs = w.m.consumers[consumer]!;
  cs.generation = -1;
  if (dropMemberId) cs.lostMembership = true;
  cs.joining = false;
  cs.rejoinNeeded = true;
}

/** A member whose generation was reset cannot commit and gives its partitions up as lost. */
function hasLostPartitions(w: World, consumer: number): boolean {
  const cs = w.m.consumers[consumer]!;
  return cs.lostMembership || cs.generation < 0;
}

/** Emits a revocation and, with auto-commit, commits what was consumed first (onJoinPrepare). */
function revoke(w: World, consumer: number, partitions: number[]): void {
  if (partitions.length === 0) return;
  const cs = w.m.consumers[consumer]!;
  // A member that already lost its membership cannot commit; Kafka calls onPartitionsLost then.
  if (w.index.consumers[consumer]!.spec.commit.mode === 'auto' && !hasLostPartitions(w, consumer)) {
    const epoch = cs.epoch;
    for (const p of partitions) {
      if (cs.positions[p]! >= 0) commitOffset(w, consumer, p, cs.positions[p]!);
      // A crash armed for this commit ends the process: nothing more is revoked or sent.
      if (cs.epoch !== epoch) return;
    }
  }
  for (const p of partitions) cs.positions[p] = -1;
  cs.assigned = cs.assigned.filter((p) => !partitions.includes(p));
  emit(w, {
    atMs: w.m.nowMs,
    type: 'consumer.partitions.revoked',
    consumer: w.index.consumers[consumer]!.id,
    partitions: partitions.map((p) => w.index.partitionNames[p]!),
  });
}

/** Called from poll when a rebalance is pending: eager members give up everything first. */
export function rejoin(w: World, consumer: number): void {
  const cs = w.m.consumers[consumer]!;
  if (cs.joining) return;
  const cooperative = groupSpec(w, consumer).assignor === 'cooperative-sticky';
  const epoch = cs.epoch;
  if (!cooperative || hasLostPartitions(w, consumer)) {
    revoke(w, consumer, [...cs.assigned]);
    cs.paused = true;
  }
  // The process crashed at a commit in revoke; a dead consumer must not send a JoinGroup.
  if (cs.epoch !== epoch) return;
  cs.status = 'joining';
  sendJoin(w, consumer);
}

/** Handles `joinResponse`: the member now belongs to `generation` and asks for its assignment. */
export function onJoinResponse(
  w: World,
  consumer: number,
  serial: number,
  generation: number,
): void {
  const cs = w.m.consumers[consumer]!;
  if (!isAlive(w, consumer) || serial !== cs.memberSerial) return;
  if (generation === MemberError.unknownMember) {
    resetGeneration(w, consumer, true);
    kickPoll(w, consumer);
    return;
  }
  cs.generation = generation;
  sendViaCoordinatorLink(w, consumer, EventKind.coordinatorSync, serial, generation);
}

/** Handles `syncResponse`: the assignment is applied at the next poll. */
export function onSyncResponse(
  w: World,
  consumer: number,
  serial: number,
  generation: number,
): void {
  const cs = w.m.consumers[consumer]!;
  if (!isAlive(w, consumer) || serial !== cs.memberSerial) return;
  if (generation === SYNC_FAILED) {
    // A timeout for an answer lost on a cut link is stale once the member has left that join.
    if (!cs.joining) return;
    cs.joining = false;
    cs.rejoinNeeded = true;
  } else if (
    generation === MemberError.unknownMember ||
    generation === MemberError.illegalGeneration
  ) {
    // Kafka keeps the member id on ILLEGAL_GENERATION, since it may still be valid.
    resetGeneration(w, consumer, generation === MemberError.unknownMember);
  } else {
    cs.pendingSync = generation;
  }
  kickPoll(w, consumer);
}

/** Applies the assignment of generation `pendingSync`, from inside poll. */
export function applyPendingSync(w: World, consumer: number): void {
  const cs = w.m.consumers[consumer]!;
  const generation = cs.pendingSync;
  cs.pendingSync = -1;
  cs.joining = false;
  const g = w.m.groups[w.index.consumers[consumer]!.group]!;
  const names =
    g.generation === generation && g.state === 'Stable'
      ? g.assignment[memberIdOf(w, consumer)]
      : undefined;
  if (!names) {
    cs.rejoinNeeded = true;
    return;
  }
  const next = names.map((n) => w.index.partitionByName.get(n)!).sort((a, b) => a - b);
  const revoked = cs.assigned.filter((p) => !next.includes(p));
  const added = next.filter((p) => !cs.assigned.includes(p));
  const epoch = cs.epoch;
  revoke(w, consumer, revoked);
  if (cs.epoch !== epoch) return;
  cs.assigned = next;
  cs.lastAssigned = [...names];
  cs.paused = false;
  cs.status = 'active';
  for (const p of added) initPosition(w, consumer, p);
  emit(w, {
    atMs: w.m.nowMs,
    type: 'consumer.partitions.assigned',
    consumer: w.index.consumers[consumer]!.id,
    partitions: added.map((p) => w.index.partitionNames[p]!),
  });
  // A cooperative member that gave partitions up rejoins so they can be handed over.
  if (revoked.length > 0 && groupSpec(w, consumer).assignor === 'cooperative-sticky')
    cs.rejoinNeeded = true;
}

/** Handles `consumerHeartbeat`: checks the poll timeout, then sends a heartbeat. */
export function onConsumerHeartbeat(w: World, consumer: number, epoch: number): void {
  const cs = w.m.consumers[consumer]!;
  if (!isAlive(w, consumer) || epoch !== cs.epoch) return;
  const spec = groupSpec(w, consumer);
  schedule(w, w.m.nowMs + spec.heartbeatIntervalMs, EventKind.consumerHeartbeat, consumer, epoch);
  if (cs.joining || cs.lostMembership) return;
  if (w.m.nowMs - cs.lastPollAtMs > spec.maxPollIntervalMs) {
    // The heartbeat thread leaves the group when poll() has not been called in time.
    emit(w, {
      atMs: w.m.nowMs,
      type: 'consumer.left',
      consumer: w.index.consumers[consumer]!.id,
      reason: 'max.poll.interval.ms exceeded',
    });
    sendViaCoordinatorLink(w, consumer, EventKind.coordinatorLeave, cs.memberSerial);
    cs.lostMembership = true;
    cs.rejoinNeeded = true;
    return;
  }
  sendViaCoordinatorLink(
    w,
    consumer,
    EventKind.coordinatorHeartbeat,
    cs.memberSerial,
    cs.generation,
  );
}

/** Handles `heartbeatResponse`. */
export function onHeartbeatResponse(
  w: World,
  consumer: number,
  serial: number,
  code: number,
): void {
  const cs = w.m.consumers[consumer]!;
  if (!isAlive(w, consumer) || serial !== cs.memberSerial || cs.joining) return;
  if (code === Reply.none) return;
  // Kafka keeps the member id on ILLEGAL_GENERATION but resets the generation, so the next poll
  // gives every partition up as lost before it rejoins.
  if (code === Reply.unknownMember || code === Reply.illegalGeneration)
    resetGeneration(w, consumer, code === Reply.unknownMember);
  cs.rejoinNeeded = true;
  kickPoll(w, consumer);
}
