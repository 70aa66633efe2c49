// Poison records: records whose processing always fails (a header `poison: "true"`). What happens
// next is the application's choice, and each choice teaches something: retrying forever stalls the
// partition and lag grows; skipping loses the record; a dead-letter topic keeps it for later.

import { emit } from '../world/worldOps.ts';
import type { RecordDraft } from '../world/producerState.ts';
import { internString } from './stringTable.ts';
import type { World } from '../world/worldTypes.ts';
import { appendToLeader, headersAt, recordAt } from './partitionLog.ts';
import { partitionForKey } from './partitionForKey.ts';
import { commitOffset } from './offsetCommit.ts';
import { activePartitionCount } from './topicPartitions.ts';

/** The first poison offset in [from, to) of a partition's leader log, or -1. */
export function firstPoisonOffset(w: World, partition: number, from: number, to: number): number {
  for (let o = from; o < to; o++) if (headersAt(w, partition, o)?.poison === 'true') return o;
  return -1;
}

/** Copies the record to the dead-letter topic; returns false when that topic has no leader. */
function deadLetter(w: World, consumer: number, partition: number, offset: number): boolean {
  const c = w.index.consumers[consumer]!;
  const topicName = c.spec.deadLetterTopic;
  const topicIndex = w.index.topics.findIndex((t) => t.name === topicName);
  const topic = w.index.topics[topicIndex];
  if (!topic) return false;
  const original = recordAt(w, partition, offset);
  const count = activePartitionCount(w, topicIndex);
  const target = topic.base + (original.key === null ? 0 : partitionForKey(original.key, count));
  const leader = w.m.partitions[target]!.leader;
  if (leader < 0 || !w.m.brokers[leader]!.up) return false;
  const copy: RecordDraft = {
    key: original.key,
    keyId: original.key === null ? -1 : internString(w.strings, original.key),
    value: original.value,
    valueSeq: -1,
    writerId: internString(w.strings, c.id),
    eventTimeMs: original.eventTimeMs,
    producedAtMs: w.m.nowMs,
    headers: { ...original.headers, 'dlq.source': `${original.partition}@${offset}` },
  };
  const dlqOffset = appendToLeader(w, target, [copy]);
  const deadLetterPartition = w.index.partitionNames[target]!;
  emit(w, {
    atMs: w.m.nowMs,
    type: 'consumer.record.deadLettered',
    consumer: c.id,
    partition: original.partition,
    offset,
    deadLetterPartition,
    deadLetterOffset: dlqOffset,
  });
  return true;
}

/** Deals with the failed record; returns how long the consumer waits before polling again. */
export function handlePoison(w: World, consumer: number): number {
  const cs = w.m.consumers[consumer]!;
  const c = w.index.consumers[consumer]!;
  const poison = cs.poison!;
  if (!cs.assigned.includes(poison.partition)) {
    cs.poison = null;
    return 0;
  }
  poison.attempts++;
  const policy = c.spec.onPoison ?? 'retry-forever';
  const moved =
    policy === 'skip' ||
    (policy === 'dead-letter' && deadLetter(w, consumer, poison.partition, poison.offset));
  emit(w, {
    atMs: w.m.nowMs,
    type: 'consumer.processing.failed',
    consumer: c.id,
    partition: w.index.partitionNames[poison.partition]!,
    offset: poison.offset,
    attempt: poison.attempts,
    action: moved ? policy : 'retry',
  });
  if (!moved) return c.spec.poisonRetryBackoffMs ?? 1_000;
  cs.positions[poison.partition] = poison.offset + 1;
  cs.poison = null;
  // The application has dealt with the record, so a manual-commit consumer commits past it.
  if (c.spec.commit.mode !== 'auto') commitOffset(w, consumer, poison.partition, poison.offset + 1);
  return 0;
}
