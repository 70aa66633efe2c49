// The group coordinator's handling of member requests: JoinGroup, SyncGroup, Heartbeat and
// LeaveGroup, plus session expiry. It follows Kafka's classic protocol: requests arrive after the
// network delay, and each response is scheduled back to the member the same way.

import { EventKind } from '../world/eventKinds.ts';
import { emit, schedule } from '../world/worldOps.ts';
import type { GroupMemberRecord } from '../world/consumerState.ts';
import type { World } from '../world/worldTypes.ts';
import { computeAssignment } from './groupAssignment.ts';
import { maybeCompleteJoin, prepareRebalance } from './groupJoin.ts';
import { findMember, memberIdFor, transitionGroup } from './groupMembers.ts';
import { removeMember } from './groupRemoval.ts';
import { sendViaCoordinatorLink } from './coordinatorLink.ts';

/** Heartbeat and sync response codes carried in an event's third argument. */
export const Reply = {
  none: 0,
  rebalanceInProgress: 1,
  unknownMember: 2,
  illegalGeneration: 3,
} as const;
/** A SyncGroup answered REBALANCE_IN_PROGRESS (or never answered): rejoin, keeping the member id. */
export const SYNC_FAILED = -1;
/**
 * Errors a JoinGroup or SyncGroup response carries in place of a generation. UNKNOWN_MEMBER_ID
 * tells a member the coordinator removed that its member id is gone; ILLEGAL_GENERATION that its
 * generation is. Either way the Java client resets its generation and gives up its partitions.
 */
export const MemberError = { unknownMember: -2, illegalGeneration: -3 } as const;

function reply(
  w: World,
  _group: number,
  kind: number,
  consumer: number,
  serial: number,
  c: number,
): void {
  sendViaCoordinatorLink(w, consumer, kind, serial, c);
}

function structuredCopy(a: Record<string, string[]>): Record<string, string[]> {
  const copy: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(a)) copy[k] = v.slice();
  return copy;
}

function scheduleSessionCheck(w: World, group: number, m: GroupMemberRecord): void {
  if (m.sessionCheckPending) return;
  m.sessionCheckPending = true;
  const timeout = w.scenario.topology.consumerGroups[group]!.sessionTimeoutMs;
  schedule(w, m.lastHeartbeatMs + timeout, EventKind.coordinatorSessionCheck, m.consumer, m.serial);
}

function ownedFor(w: World, consumer: number): { owned: string[]; generation: number } {
  const cs = w.m.consumers[consumer]!;
  const assignor = w.scenario.topology.consumerGroups[w.index.consumers[consumer]!.group]!.assignor;
  if (assignor === 'cooperative-sticky') {
    return { owned: cs.assigned.map((p) => w.index.partitionNames[p]!), generation: cs.generation };
  }
  // The eager sticky assignor carries the previous assignment in its subscription user data.
  if (assignor === 'sticky') return { owned: [...cs.lastAssigned], generation: cs.generation };
  return { owned: [], generation: -1 };
}

/** A static member returning under a new member id takes over its old record without a rebalance. */
function replaceStaticMember(w: World, group: number, consumer: number, serial: number): boolean {
  const g = w.m.groups[group]!;
  const instanceId = w.scenario.topology.consumerGroups[group]!.members.find(
    (s) => s.id === w.index.consumers[consumer]!.id,
  )?.groupInstanceId;
  if (instanceId === undefined) return false;
  const old = g.members.find((m) => m.groupInstanceId === instanceId);
  if (!old || g.state !== 'Stable') return false;
  const newId = memberIdFor(w, consumer, serial);
  // A new object, never an edit: past trace events may hold the old assignment.
  const assignment: Record<string, string[]> = {};
  for (const [member, parts] of Object.entries(g.assignment))
    assignment[member === old.memberId ? newId : member] = parts;
  g.assignment = assignment;
  if (g.leader === old.memberId) g.leader = newId;
  Object.assign(old, {
    memberId: newId,
    serial,
    consumer,
    lastHeartbeatMs: w.m.nowMs,
    sessionCheckPending: false,
  });
  // The pending session check names the old member id and will find nobody; the new one needs its own.
  scheduleSessionCheck(w, group, old);
  reply(w, group, EventKind.joinResponse, consumer, serial, g.generation);
  return true;
}

/**
 * A JoinGroup carries an empty member id when the consumer has none yet: it has not been answered
 * a generation since it started or since it lost its membership. Like the subscription's owned
 * partitions (ownedFor), this is read from the consumer's state as the request's content.
 */
function joinsWithoutMemberId(w: World, consumer: number): boolean {
  return w.m.consumers[consumer]!.generation < 0;
}

/** Handles `coordinatorJoin`: a JoinGroup request from `consumer` with join serial `serial`. */
export function onCoordinatorJoin(w: World, consumer: number, serial: number): void {
  const group = w.index.consumers[consumer]!.group;
  const g = w.m.groups[group]!;
  const memberId = memberIdFor(w, consumer, serial);
  let m = findMember(g, memberId);
  if (!m && !joinsWithoutMemberId(w, consumer)) {
    // A member id the group no longer has (its session expired, or it missed a rebalance): Kafka
    // answers UNKNOWN_MEMBER_ID, and the member joins again as a new one.
    reply(w, group, EventKind.joinResponse, consumer, serial, MemberError.unknownMember);
    return;
  }
  if (!m && replaceStaticMember(w, group, consumer, serial)) return;
  const { owned, generation } = ownedFor(w, consumer);
  if (!m) {
    const spec = w.scenario.topology.consumerGroups[group]!.members.find(
      (s) => s.id === w.index.consumers[consumer]!.id,
    );
    m = {
      memberId,
      consumer,
      serial,
      groupInstanceId: spec?.groupInstanceId ?? null,
      joined: false,
      syncArrived: false,
      lastHeartbeatMs: w.m.nowMs,
      sessionCheckPending: false,
      owned,
      ownedGeneration: generation,
    };
    g.members.push(m);
    emit(w, {
      atMs: w.m.nowMs,
      type: 'group.member.joined',
      group: w.index.groups[group]!.id,
      member: memberId,
    });
    scheduleSessionCheck(w, group, m);
    if (g.state === 'Empty') prepareRebalance(w, group, 'initial join');
    else if (g.state !== 'PreparingRebalance')
      prepareRebalance(w, group, `member ${memberId} joined`);
    else if (g.initialDelayActive) g.newMemberDuringDelay = true;
  } else {
    m.owned = owned;
    m.ownedGeneration = generation;
    if (g.state !== 'PreparingRebalance') prepareRebalance(w, group, `member ${memberId} rejoined`);
  }
  m.joined = true;
  m.lastHeartbeatMs = w.m.nowMs;
  maybeCompleteJoin(w, group);
}

/** Handles `coordinatorSync`: the leader's SyncGroup carries the assignment; others wait for it. */
export function onCoordinatorSync(
  w: World,
  consumer: number,
  serial: number,
  generation: number,
): void {
  const group = w.index.consumers[consumer]!.group;
  const g = w.m.groups[group]!;
  const m = findMember(g, memberIdFor(w, consumer, serial));
  // Kafka's order of checks: the member (an Empty group has none), its generation, the group's state.
  let error = 0;
  if (!m) error = MemberError.unknownMember;
  else if (generation !== g.generation) error = MemberError.illegalGeneration;
  else if (g.state === 'PreparingRebalance') error = SYNC_FAILED;
  if (!m || error !== 0) {
    reply(w, group, EventKind.syncResponse, consumer, serial, error);
    return;
  }
  if (g.state === 'Stable') {
    reply(w, group, EventKind.syncResponse, consumer, serial, g.generation);
    return;
  }
  m.syncArrived = true;
  if (m.memberId !== g.leader) return;
  g.assignment = computeAssignment(w, group);
  transitionGroup(w, group, 'Stable');
  emit(w, {
    atMs: w.m.nowMs,
    type: 'group.rebalance.completed',
    group: w.index.groups[group]!.id,
    generation: g.generation,
    leader: g.leader,
    assignment: structuredCopy(g.assignment),
  });
  for (const other of g.members) {
    if (other.syncArrived)
      reply(w, group, EventKind.syncResponse, other.consumer, other.serial, g.generation);
  }
}

/** Handles `coordinatorHeartbeat`: refreshes the session and tells the member about rebalances. */
export function onCoordinatorHeartbeat(
  w: World,
  consumer: number,
  serial: number,
  generation: number,
): void {
  const group = w.index.consumers[consumer]!.group;
  const g = w.m.groups[group]!;
  const m = findMember(g, memberIdFor(w, consumer, serial));
  let code: number = Reply.none;
  if (!m) code = Reply.unknownMember;
  else {
    m.lastHeartbeatMs = w.m.nowMs;
    scheduleSessionCheck(w, group, m);
    if (g.state === 'PreparingRebalance') code = Reply.rebalanceInProgress;
    else if (generation !== g.generation) code = Reply.illegalGeneration;
  }
  reply(w, group, EventKind.heartbeatResponse, consumer, serial, code);
}

/** Handles `coordinatorSessionCheck`: a member silent for `session.timeout.ms` is removed. */
export function onSessionCheck(w: World, consumer: number, serial: number): void {
  const group = w.index.consumers[consumer]!.group;
  const g = w.m.groups[group]!;
  const m = findMember(g, memberIdFor(w, consumer, serial));
  if (!m) return;
  m.sessionCheckPending = false;
  const timeout = w.scenario.topology.consumerGroups[group]!.sessionTimeoutMs;
  // Kafka keeps members alive while they wait for a JoinGroup or SyncGroup answer.
  const awaiting =
    (g.state === 'PreparingRebalance' && m.joined) ||
    (g.state === 'CompletingRebalance' && m.syncArrived);
  if (awaiting || w.m.nowMs < m.lastHeartbeatMs + timeout) {
    if (awaiting) m.lastHeartbeatMs = w.m.nowMs;
    scheduleSessionCheck(w, group, m);
    return;
  }
  removeMember(w, group, m.memberId, 'session timeout');
  afterRemoval(w, group, `member ${m.memberId} session timed out`);
}

/** Handles `coordinatorLeave`: a LeaveGroup request. */
export function onCoordinatorLeave(w: World, consumer: number, serial: number): void {
  const group = w.index.consumers[consumer]!.group;
  const memberId = memberIdFor(w, consumer, serial);
  if (!findMember(w.m.groups[group]!, memberId)) return;
  removeMember(w, group, memberId, 'left group');
  afterRemoval(w, group, `member ${memberId} left`);
}

function afterRemoval(w: World, group: number, reason: string): void {
  const g = w.m.groups[group]!;
  if (g.state === 'Stable' || g.state === 'CompletingRebalance') prepareRebalance(w, group, reason);
  maybeCompleteJoin(w, group);
}
