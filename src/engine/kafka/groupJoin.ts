// The join phase of a rebalance on the coordinator: entering PreparingRebalance, waiting for
// members to rejoin (with the initial delay of an empty group), and completing the join into a new
// generation with a leader, after which members are told to sync.

import { EventKind } from '../world/eventKinds.ts';
import { emit, schedule } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import { rebalanceTimeoutMs, transitionGroup } from './groupMembers.ts';
import { removeMember } from './groupRemoval.ts';
import { sendViaCoordinatorLink } from './coordinatorLink.ts';

const SYNC_FAILED = -1;

/** Starts a rebalance; members learn of it from their next heartbeat response. */
export function prepareRebalance(w: World, group: number, reason: string): void {
  const g = w.m.groups[group]!;
  const spec = w.scenario.topology.consumerGroups[group]!;
  const fromEmpty = g.state === 'Empty';
  if (g.state === 'CompletingRebalance') {
    // SyncGroup requests held for the leader's assignment get REBALANCE_IN_PROGRESS, as in Kafka.
    for (const m of g.members) {
      if (m.syncArrived)
        sendViaCoordinatorLink(w, m.consumer, EventKind.syncResponse, m.serial, SYNC_FAILED);
      m.syncArrived = false;
    }
  }
  transitionGroup(w, group, 'PreparingRebalance');
  for (const m of g.members) m.joined = false;
  g.joinEpoch++;
  g.joinStartedAtMs = w.m.nowMs;
  emit(w, {
    atMs: w.m.nowMs,
    type: 'group.rebalance.started',
    group: w.index.groups[group]!.id,
    reason,
  });
  if (fromEmpty && spec.initialRebalanceDelayMs > 0) {
    // group.initial.rebalance.delay.ms lets more members arrive before the first assignment.
    g.initialDelayActive = true;
    g.newMemberDuringDelay = false;
    schedule(
      w,
      w.m.nowMs + spec.initialRebalanceDelayMs,
      EventKind.coordinatorJoinComplete,
      group,
      g.joinEpoch,
    );
  } else {
    g.initialDelayActive = false;
    schedule(
      w,
      w.m.nowMs + rebalanceTimeoutMs(w, group),
      EventKind.coordinatorJoinComplete,
      group,
      g.joinEpoch,
    );
  }
}

/** Completes the join as soon as every known member has rejoined. */
export function maybeCompleteJoin(w: World, group: number): void {
  const g = w.m.groups[group]!;
  if (g.state !== 'PreparingRebalance' || g.initialDelayActive) return;
  if (g.members.every((m) => m.joined)) completeJoin(w, group);
}

/** Handles `coordinatorJoinComplete`: the initial delay or the rebalance timeout has passed. */
export function onJoinTimer(w: World, group: number, joinEpoch: number): void {
  const g = w.m.groups[group]!;
  if (g.joinEpoch !== joinEpoch || g.state !== 'PreparingRebalance') return;
  const spec = w.scenario.topology.consumerGroups[group]!;
  if (g.initialDelayActive) {
    const remaining = rebalanceTimeoutMs(w, group) - (w.m.nowMs - g.joinStartedAtMs);
    // Kafka's InitialDelayedJoin waits again while new members keep arriving, within the timeout.
    if (g.newMemberDuringDelay && remaining > 0) {
      g.newMemberDuringDelay = false;
      const wait = Math.min(spec.initialRebalanceDelayMs, remaining);
      schedule(w, w.m.nowMs + wait, EventKind.coordinatorJoinComplete, group, g.joinEpoch);
      return;
    }
    g.initialDelayActive = false;
  }
  for (const m of [...g.members]) {
    if (!m.joined)
      removeMember(w, group, m.memberId, 'did not rejoin before the rebalance timeout');
  }
  completeJoin(w, group);
}

function completeJoin(w: World, group: number): void {
  const g = w.m.groups[group]!;
  g.joinEpoch++;
  g.generation++;
  if (g.members.length === 0) {
    g.leader = null;
    g.assignment = {};
    transitionGroup(w, group, 'Empty');
    return;
  }
  if (g.leader === null || !g.members.some((m) => m.memberId === g.leader)) {
    g.leader = g.members[0]!.memberId;
  }
  transitionGroup(w, group, 'CompletingRebalance');
  for (const m of g.members) {
    m.joined = false;
    m.syncArrived = false;
    m.lastHeartbeatMs = w.m.nowMs;
    sendViaCoordinatorLink(w, m.consumer, EventKind.joinResponse, m.serial, g.generation);
  }
}
