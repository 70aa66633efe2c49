// Works out which claimed partitions each member may keep before a sticky assignment, following
// AbstractStickyAssignor.allSubscriptionsEqual: the claim from the highest generation wins, and a
// partition claimed by several members of that same generation is kept by none of them.

import type { MemberPartitions } from './assignmentTypes.ts';
import { partitionExists, type GroupView } from './groupView.ts';
import { javaHashMapOrder } from './javaHashMapOrder.ts';
import {
  compareTopicPartitions,
  parsePartitionName,
  partitionName,
  type TopicPartition,
} from './topicPartition.ts';

/** Kafka's AbstractStickyAssignor.DEFAULT_GENERATION, used when a member reports no generation. */
export const DEFAULT_GENERATION = -1;

/** The outcome of checking every member's ownership claims against each other. */
export interface Ownership {
  /** Partitions each member keeps as its starting point; only partitions that exist. */
  readonly owned: MemberPartitions;
  /** Names of partitions claimed by several members of the same winning generation. */
  readonly contested: ReadonlySet<string>;
  /** Kafka's prevAssignment: for partitions claimed in an older generation, the newest such claimant. */
  readonly previousOwners: ReadonlyMap<string, string>;
}

/** A member's generation, with Kafka's default for members that never received an assignment. */
export function generationOf(view: GroupView, memberId: string): number {
  return view.members.get(memberId)?.generation ?? DEFAULT_GENERATION;
}

/**
 * The well-formed, deduplicated partitions a member says it owns, sorted by topic then partition.
 *
 * @example
 * ```ts
 * claimedPartitions(view, 'c1'); // [{ topic: 'orders', partition: 0 }] for owned ['orders-0', 'orders-0', 'junk']
 * ```
 */
export function claimedPartitions(view: GroupView, memberId: string): TopicPartition[] {
  const byName = new Map<string, TopicPartition>();
  for (const name of view.members.get(memberId)?.owned ?? []) {
    const tp = parsePartitionName(name);
    if (tp !== undefined) byName.set(partitionName(tp), tp);
  }
  return [...byName.values()].sort(compareTopicPartitions);
}

/**
 * Resolves conflicting ownership claims. Kafka resolves them in hash-map order, which makes a
 * three-way conflict depend on that order; here the rule is order-free: the single claimant with
 * the highest generation keeps the partition, and a tie at the highest generation means nobody does.
 *
 * @example
 * ```ts
 * // c1 (generation 3) and c2 (generation 2) both claim t-0: c1 keeps it and c2 is its previous owner.
 * resolveOwnership(view).owned.get('c1'); // [{ topic: 't', partition: 0 }]
 * ```
 */
export function resolveOwnership(view: GroupView): Ownership {
  const claimants = new Map<string, { tp: TopicPartition; members: string[] }>();
  for (const id of view.memberIds) {
    for (const tp of claimedPartitions(view, id)) {
      if (!partitionExists(view, tp)) continue;
      const name = partitionName(tp);
      const entry = claimants.get(name) ?? { tp, members: [] };
      entry.members.push(id);
      claimants.set(name, entry);
    }
  }
  const owned: MemberPartitions = new Map(view.memberIds.map((id) => [id, []]));
  const contested = new Set<string>();
  for (const [name, { tp, members }] of claimants) {
    const top = Math.max(...members.map((id) => generationOf(view, id)));
    const winners = members.filter((id) => generationOf(view, id) === top);
    if (winners.length === 1 && winners[0] !== undefined) owned.get(winners[0])?.push(tp);
    else contested.add(name);
  }
  for (const list of owned.values()) list.sort(compareTopicPartitions);
  return { owned, contested, previousOwners: findPreviousOwners(view, claimants) };
}

/**
 * Kafka's prevAssignment: partitions claimed by members older than the group's newest generation,
 * mapped to the claimant with the highest such generation (on a tie, the first in Kafka's HashMap
 * iteration order, which javaHashMapOrder reproduces).
 * The general sticky algorithm uses it to hand a partition back to its earlier owner when that helps.
 */
function findPreviousOwners(
  view: GroupView,
  claimants: ReadonlyMap<string, { members: readonly string[] }>,
): Map<string, string> {
  const maxGeneration = Math.max(
    DEFAULT_GENERATION,
    ...view.memberIds.map((id) => generationOf(view, id)),
  );
  const rank = new Map(javaHashMapOrder(view.memberIds).map((id, i) => [id, i]));
  const byRank = (a: string, b: string): number => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
  const previous = new Map<string, string>();
  for (const [name, { members }] of claimants) {
    let best: { id: string; generation: number } | undefined;
    for (const id of [...members].sort(byRank)) {
      const generation = generationOf(view, id);
      if (generation >= maxGeneration) continue;
      if (best === undefined || generation > best.generation) best = { id, generation };
    }
    if (best !== undefined) previous.set(name, best.id);
  }
  return previous;
}
