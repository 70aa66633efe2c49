// Starting, crashing, closing and restarting a consumer, and seeking it. A restart keeps only what
// Kafka keeps: the group's committed offsets. Positions and assignments live in the process and
// are lost with it.

import { fetchConsumerMetadata } from './consumerMetadata.ts';
import { EventKind } from '../world/eventKinds.ts';
import { emit, schedule } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import { isAlive, sendJoin } from './consumerMember.ts';
import { schedulePoll } from './consumerPoll.ts';
import { commitPositions } from './offsetCommit.ts';
import { sendViaCoordinatorLink } from './coordinatorLink.ts';
import { eventTimeAt } from './partitionLog.ts';

function resetProcessState(w: World, consumer: number): void {
  const cs = w.m.consumers[consumer]!;
  cs.epoch++;
  cs.assigned = [];
  cs.positions.fill(-1);
  cs.busy = false;
  cs.inProcess = [];
  cs.paused = false;
  cs.joining = false;
  cs.rejoinNeeded = false;
  cs.pendingSync = -1;
  cs.lostMembership = false;
  cs.generation = -1;
  cs.processingCarryUs = 0;
}

/** Starts (or restarts) the consumer process: it joins its group and begins polling. */
export function startConsumer(w: World, consumer: number): void {
  const cs = w.m.consumers[consumer]!;
  if (isAlive(w, consumer)) return;
  resetProcessState(w, consumer);
  cs.memberSerial++;
  cs.lastAssigned = [];
  cs.status = 'joining';
  cs.paused = true;
  cs.lastPollAtMs = w.m.nowMs;
  cs.lastAutoCommitAtMs = w.m.nowMs;
  fetchConsumerMetadata(w, consumer);
  const c = w.index.consumers[consumer]!;
  emit(w, {
    atMs: w.m.nowMs,
    type: 'consumer.started',
    consumer: c.id,
    group: w.index.groups[c.group]!.id,
  });
  sendJoin(w, consumer);
  const heartbeatMs = w.scenario.topology.consumerGroups[c.group]!.heartbeatIntervalMs;
  schedule(w, w.m.nowMs + heartbeatMs, EventKind.consumerHeartbeat, consumer, cs.epoch);
  schedulePoll(w, consumer, c.pollBackoffMs);
}

/** The process dies: nothing is committed and the coordinator finds out only by session timeout. */
export function crashConsumer(w: World, consumer: number): void {
  if (!isAlive(w, consumer)) return;
  resetProcessState(w, consumer);
  w.m.consumers[consumer]!.status = 'crashed';
  emit(w, { atMs: w.m.nowMs, type: 'consumer.crashed', consumer: w.index.consumers[consumer]!.id });
}

/** A clean close: commit with auto-commit, revoke, and send LeaveGroup unless the member is static. */
export function closeConsumer(w: World, consumer: number): void {
  if (!isAlive(w, consumer)) return;
  const c = w.index.consumers[consumer]!;
  const cs = w.m.consumers[consumer]!;
  const epoch = cs.epoch;
  if (c.spec.commit.mode === 'auto' && !cs.joining) commitPositions(w, consumer);
  // A crash armed for that commit killed the process: a dead consumer sends no LeaveGroup.
  if (cs.epoch !== epoch) return;
  if (cs.assigned.length > 0) {
    emit(w, {
      atMs: w.m.nowMs,
      type: 'consumer.partitions.revoked',
      consumer: c.id,
      partitions: cs.assigned.map((p) => w.index.partitionNames[p]!),
    });
  }
  const isStatic = c.spec.groupInstanceId !== undefined;
  // Static members do not send LeaveGroup on close; the session timeout removes them, if it must.
  if (!isStatic) {
    sendViaCoordinatorLink(w, consumer, EventKind.coordinatorLeave, cs.memberSerial);
  }
  resetProcessState(w, consumer);
  cs.status = 'left';
  emit(w, {
    atMs: w.m.nowMs,
    type: 'consumer.left',
    consumer: c.id,
    reason: isStatic ? 'closed (static member, no LeaveGroup)' : 'closed',
  });
}

export interface SeekTarget {
  readonly partition?: string;
  readonly toOffset?: number;
  readonly toTimestampMs?: number;
  readonly toBeginning?: boolean;
}

/** The first offset whose record timestamp is at or after `tsMs`, as offsetsForTimes answers. */
function offsetForTime(w: World, partition: number, tsMs: number): number {
  const ps = w.m.partitions[partition]!;
  for (let o = ps.logStartOffset; o < ps.logEndOffset; o++) {
    if (eventTimeAt(w, partition, o) >= tsMs) return o;
  }
  return ps.logEndOffset;
}

/** Moves the consumer's position, for replay after a fix; only owned partitions can be sought. */
export function seekConsumer(w: World, consumer: number, target: SeekTarget): void {
  const cs = w.m.consumers[consumer]!;
  const c = w.index.consumers[consumer]!;
  const wanted =
    target.partition === undefined
      ? cs.assigned
      : [w.index.partitionByName.get(target.partition) ?? -1];
  for (const p of wanted) {
    if (!cs.assigned.includes(p)) continue;
    const ps = w.m.partitions[p]!;
    let offset = ps.logStartOffset;
    if (target.toOffset !== undefined) offset = target.toOffset;
    else if (target.toTimestampMs !== undefined) offset = offsetForTime(w, p, target.toTimestampMs);
    offset = Math.min(Math.max(offset, ps.logStartOffset), ps.logEndOffset);
    cs.positions[p] = offset;
    emit(w, {
      atMs: w.m.nowMs,
      type: 'consumer.seeked',
      consumer: c.id,
      partition: w.index.partitionNames[p]!,
      offset,
    });
  }
}
