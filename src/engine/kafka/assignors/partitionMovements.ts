// Tracks which partitions the general sticky algorithm has moved, and between whom, during one
// rebalance (AbstractStickyAssignor.PartitionMovements). Its one job is to avoid moving partitions
// of the same topic back and forth between two members, which would cost stickiness for nothing.

import { compareTopicPartitions, partitionName, type TopicPartition } from './topicPartition.ts';

interface Movement {
  readonly tp: TopicPartition;
  readonly from: string;
  readonly to: string;
}

/** Moves so far, by partition name and, per topic, by (from, to) pair. */
export interface PartitionMovements {
  readonly byPartition: Map<string, Movement>;
  readonly byTopic: Map<string, Map<string, Map<string, TopicPartition>>>;
}

/** Starts an empty record; one is made per general sticky assignment. */
export function createPartitionMovements(): PartitionMovements {
  return { byPartition: new Map(), byTopic: new Map() };
}

/** A collision-free key for an ordered pair of member ids. */
function pairKey(from: string, to: string): string {
  return JSON.stringify([from, to]);
}

function addRecord(movements: PartitionMovements, move: Movement): void {
  const name = partitionName(move.tp);
  movements.byPartition.set(name, move);
  const topicMoves =
    movements.byTopic.get(move.tp.topic) ?? new Map<string, Map<string, TopicPartition>>();
  movements.byTopic.set(move.tp.topic, topicMoves);
  const key = pairKey(move.from, move.to);
  const partitions = topicMoves.get(key) ?? new Map<string, TopicPartition>();
  topicMoves.set(key, partitions);
  partitions.set(name, move.tp);
}

function removeRecord(movements: PartitionMovements, move: Movement): void {
  const name = partitionName(move.tp);
  movements.byPartition.delete(name);
  const topicMoves = movements.byTopic.get(move.tp.topic);
  const key = pairKey(move.from, move.to);
  const partitions = topicMoves?.get(key);
  partitions?.delete(name);
  if (partitions?.size === 0) topicMoves?.delete(key);
  if (topicMoves?.size === 0) movements.byTopic.delete(move.tp.topic);
}

/**
 * Records that `tp` moves from `from` to `to`. A partition that returns to where it started this
 * rebalance leaves no record; one that moves twice is recorded as one move from its first owner.
 *
 * @example
 * ```ts
 * recordMove(movements, { topic: 't', partition: 0 }, 'a', 'b');
 * recordMove(movements, { topic: 't', partition: 0 }, 'b', 'a'); // back home: no record remains
 * ```
 */
export function recordMove(
  movements: PartitionMovements,
  tp: TopicPartition,
  from: string,
  to: string,
): void {
  const earlier = movements.byPartition.get(partitionName(tp));
  if (earlier === undefined) {
    addRecord(movements, { tp, from, to });
    return;
  }
  removeRecord(movements, earlier);
  if (earlier.from !== to) addRecord(movements, { tp, from: earlier.from, to });
}

/**
 * Chooses which partition to move when `tp` should go from `owner` to `target`. If some partition
 * of the same topic already moved from `target` to (the original owner of) `tp`, moving that one
 * back undoes a move instead of adding a second, opposite one.
 *
 * Kafka takes the first element of a HashSet here, which is hash order; this takes the lowest
 * partition, so the choice is deterministic. That is a deliberate simplification.
 *
 * @example
 * ```ts
 * // t-1 moved from b to a earlier; now t-4 should move from a to b: t-1 goes back instead.
 * partitionToMove(movements, { topic: 't', partition: 4 }, 'a', 'b'); // { topic: 't', partition: 1 }
 * ```
 */
export function partitionToMove(
  movements: PartitionMovements,
  tp: TopicPartition,
  owner: string,
  target: string,
): TopicPartition {
  const topicMoves = movements.byTopic.get(tp.topic);
  if (topicMoves === undefined) return tp;
  const source = movements.byPartition.get(partitionName(tp))?.from ?? owner;
  const reverse = topicMoves.get(pairKey(target, source));
  if (reverse === undefined || reverse.size === 0) return tp;
  return [...reverse.values()].sort(compareTopicPartitions)[0] ?? tp;
}
