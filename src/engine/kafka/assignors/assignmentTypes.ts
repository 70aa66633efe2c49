// The shapes that go into and come out of a consumer-group partition assignment. They mirror what a
// Kafka group leader sees in a JoinGroup round: each member's subscription, static instance id,
// the partitions it says it owns and the generation it last took part in.

import type { TopicPartition } from './topicPartition.ts';

/** The four client-side strategies of Kafka's `partition.assignment.strategy`. */
export type AssignmentStrategy = 'range' | 'roundrobin' | 'sticky' | 'cooperative-sticky';

/** One member's JoinGroup metadata, keyed by member id in {@link AssignmentRequest}. */
export interface MemberSubscription {
  /** Topics the member subscribes to; order does not matter. */
  readonly topics: readonly string[];
  /** The static `group.instance.id`; members that have one sort before dynamic members. */
  readonly groupInstanceId?: string;
  /** Partitions the member currently owns, named `"<topic>-<partition>"`. */
  readonly owned?: readonly string[];
  /** The generation in which the member last received `owned`; absent means unknown (-1). */
  readonly generation?: number;
}

/** Everything an assignor needs: partition counts from metadata and every member's subscription. */
export interface AssignmentRequest {
  readonly partitionsPerTopic: Readonly<Record<string, number>>;
  readonly members: Readonly<Record<string, MemberSubscription>>;
}

/** Member id to its partitions, named `"<topic>-<partition>"` and sorted by topic then partition. */
export type Assignment = Record<string, string[]>;

/** The assignors' working result: member id to partitions, before naming and sorting. */
export type MemberPartitions = Map<string, TopicPartition[]>;

/**
 * What the sticky assignors compute: the assignment, and which partitions it moves away from a
 * current owner (partition name to new member). `transferring` is null when the general-case
 * algorithm ran, because Kafka then works the moves out afterwards from the owned lists.
 */
export interface StickyResult {
  readonly assignment: MemberPartitions;
  readonly transferring: ReadonlyMap<string, string> | null;
}
