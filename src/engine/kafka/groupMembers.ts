// Small shared pieces of the classic group protocol: member ids, member lookup, and the state
// machine of the group coordinator with Kafka's allowed transitions and nothing else.

import type { GroupState } from '../trace/traceEvent.ts';
import { emit } from '../world/worldOps.ts';
import type { GroupCoordinatorState, GroupMemberRecord } from '../world/consumerState.ts';
import type { World } from '../world/worldTypes.ts';

/** A member id as the coordinator knows it: the consumer's id and the serial of its join. */
export function memberIdOf(w: World, consumer: number): string {
  return `${w.index.consumers[consumer]!.id}-${w.m.consumers[consumer]!.memberSerial}`;
}

export function memberIdFor(w: World, consumer: number, serial: number): string {
  return `${w.index.consumers[consumer]!.id}-${serial}`;
}

export function findMember(
  g: GroupCoordinatorState,
  memberId: string,
): GroupMemberRecord | undefined {
  return g.members.find((m) => m.memberId === memberId);
}

/** Valid previous states for each target state, as in Kafka's GroupMetadata. */
const VALID_PREVIOUS: Readonly<Record<GroupState, readonly GroupState[]>> = {
  Empty: ['PreparingRebalance'],
  PreparingRebalance: ['Stable', 'CompletingRebalance', 'Empty'],
  CompletingRebalance: ['PreparingRebalance'],
  Stable: ['CompletingRebalance'],
  Dead: ['Stable', 'PreparingRebalance', 'CompletingRebalance', 'Empty', 'Dead'],
};

/** Moves a group to `to`, asserting that Kafka allows the move. */
export function transitionGroup(w: World, group: number, to: GroupState): void {
  const g = w.m.groups[group]!;
  const from = g.state;
  if (!VALID_PREVIOUS[to].includes(from)) {
    throw new Error(`group ${w.index.groups[group]!.id}: illegal transition ${from} -> ${to}`);
  }
  g.state = to;
  emit(w, {
    atMs: w.m.nowMs,
    type: 'group.state.changed',
    group: w.index.groups[group]!.id,
    from,
    to,
  });
}

/** The rebalance timeout: the largest `max.poll.interval.ms`, as the Java client sends it. */
export function rebalanceTimeoutMs(w: World, group: number): number {
  return w.scenario.topology.consumerGroups[group]!.maxPollIntervalMs;
}
