// The sticky assignment for the common case where every member subscribes to the same topics
// (AbstractStickyAssignor.ConstrainedAssignmentBuilder): members keep owned partitions up to their
// quota, then the leftovers are dealt round-robin to members still below quota.

import type { MemberPartitions, StickyResult } from './assignmentTypes.ts';
import { allPartitionsSorted, type GroupView } from './groupView.ts';
import { javaHashMapOrder } from './javaHashMapOrder.ts';
import type { Ownership } from './ownedPartitions.ts';
import { compareStrings, partitionName, type TopicPartition } from './topicPartition.ts';

/** Bookkeeping shared by the two phases; names follow Kafka's so the source is easy to compare. */
interface QuotaState {
  readonly minQuota: number;
  readonly maxQuota: number;
  /** How many members end with maxQuota partitions: total % members. */
  readonly expectedMaxMembers: number;
  currentMaxMembers: number;
  readonly assignment: MemberPartitions;
  /** Members below minQuota, which must be filled first. */
  readonly underMin: string[];
  /** Members at exactly minQuota that may still take one more partition. */
  exactlyMin: string[];
  readonly kept: Set<string>;
  readonly revoked: Set<string>;
}

/**
 * Assigns partitions when all subscriptions are equal, returning the partitions that change owner
 * (Kafka's partitionsTransferringOwnership) so that the cooperative assignor can hold them back.
 *
 * @example
 * ```ts
 * // c1 owns t-0, t-1, t-2 and c2 joins: c1 keeps t-0, t-1 and t-2 moves to c2.
 * assignUniformSticky(view, resolveOwnership(view)).transferring; // Map { 't-2' => 'c2' }
 * ```
 */
export function assignUniformSticky(view: GroupView, ownership: Ownership): StickyResult {
  const all = allPartitionsSorted(view);
  const members = view.memberIds.length;
  const minQuota = Math.floor(all.length / members);
  const expectedMaxMembers = all.length % members;
  const state: QuotaState = {
    minQuota,
    maxQuota: minQuota + (expectedMaxMembers > 0 ? 1 : 0),
    expectedMaxMembers,
    currentMaxMembers: 0,
    assignment: new Map(view.memberIds.map((id) => [id, []])),
    underMin: [],
    exactlyMin: [],
    kept: new Set(),
    revoked: new Set(),
  };
  // Kafka walks members in HashMap order here, and that order decides who may keep maxQuota
  // partitions, so the same order is reproduced rather than replaced by member-id order.
  for (const id of javaHashMapOrder(view.memberIds))
    keepOwnedPartitions(state, id, ownership.owned.get(id) ?? []);
  state.underMin.sort(compareStrings);
  state.exactlyMin.sort(compareStrings);
  const unassigned = all.filter((tp) => !state.kept.has(partitionName(tp)));
  const transferring = new Map<string, string>();
  dealRoundRobin(state, unassigned, (tp, member) => {
    const name = partitionName(tp);
    if (state.revoked.has(name) || ownership.contested.has(name)) transferring.set(name, member);
  });
  return { assignment: state.assignment, transferring };
}

/**
 * Step 1 of Kafka's constrained builder. Owned partitions are taken in order of partition number,
 * then topic, so that a member keeps a spread of topics rather than all of one topic.
 */
function keepOwnedPartitions(
  state: QuotaState,
  id: string,
  owned: readonly TopicPartition[],
): void {
  const ordered = [...owned].sort(
    (a, b) => a.partition - b.partition || compareStrings(a.topic, b.topic),
  );
  let keepCount: number;
  if (ordered.length < state.minQuota) {
    keepCount = ordered.length;
    state.underMin.push(id);
  } else if (
    ordered.length >= state.maxQuota &&
    state.currentMaxMembers < state.expectedMaxMembers
  ) {
    keepCount = state.maxQuota;
    state.currentMaxMembers++;
    // Once enough members sit at maxQuota, nobody at minQuota may take an extra partition.
    if (state.currentMaxMembers === state.expectedMaxMembers) state.exactlyMin = [];
  } else {
    keepCount = state.minQuota;
    if (state.currentMaxMembers < state.expectedMaxMembers) state.exactlyMin.push(id);
  }
  ordered.forEach((tp, i) => {
    if (i < keepCount) {
      state.assignment.get(id)?.push(tp);
      state.kept.add(partitionName(tp));
    } else {
      state.revoked.add(partitionName(tp));
    }
  });
}

/**
 * Step 3 of Kafka's constrained builder: deal the remaining partitions, in topic-then-partition
 * order, round-robin over members below minQuota, then one each to members at exactly minQuota.
 */
function dealRoundRobin(
  state: QuotaState,
  unassigned: readonly TopicPartition[],
  onAssigned: (tp: TopicPartition, member: string) => void,
): void {
  let cursor = 0;
  for (const tp of unassigned) {
    let member: string | undefined;
    const fromUnderMin = state.underMin.length > 0;
    if (fromUnderMin) {
      if (cursor >= state.underMin.length) cursor = 0;
      member = state.underMin[cursor];
    } else {
      member = state.exactlyMin.shift();
    }
    const list = member === undefined ? undefined : state.assignment.get(member);
    if (member === undefined || list === undefined) {
      throw new Error(
        `sticky assignor invariant broken: no member below quota for ${partitionName(tp)}`,
      );
    }
    list.push(tp);
    onAssigned(tp, member);
    if (fromUnderMin && list.length === state.minQuota) {
      state.underMin.splice(cursor, 1);
      state.exactlyMin.push(member);
    } else if (fromUnderMin) {
      cursor++;
    } else if (list.length === state.maxQuota) {
      state.currentMaxMembers++;
    }
  }
}
