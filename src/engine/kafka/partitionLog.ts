// A partition's log as its leader sees it: appending a batch, reading a record by offset, and
// moving the high watermark, which completes `acks=all` requests waiting for it. With one replica
// the high watermark simply follows the log end.

import type { LogRecord } from '../view/worldView.ts';
import type { PartitionState, ReplicaState } from '../world/partitionState.ts';
import {
  BATCH_FIELDS,
  BatchField,
  type ProducerBatch,
  type RecordDraft,
} from '../world/producerState.ts';
import type { World } from '../world/worldTypes.ts';
import { TraceCode } from '../trace/traceStore.ts';
import { emitColumns } from '../world/worldOps.ts';
import { extendChain, storeIndexAt } from './logChain.ts';
import { beforeAppend } from './logSegments.ts';
import {
  putRecord,
  putRecordFields,
  storedEventTimeMs,
  storedHeaders,
  storedKey,
  storedRecord,
  storeEnd,
} from './recordStore.ts';
import { answerBatch } from './produceResponse.ts';
import { wakeParkedFollowers } from './replicaFetcher.ts';

export function replicaOn(ps: PartitionState, broker: number): ReplicaState | undefined {
  // A loop rather than find(): this runs for every append, and the closure would be allocated each time.
  for (const r of ps.replicas) if (r.broker === broker) return r;
  return undefined;
}

/** The store index of `offset` in the log of the replica on `broker` (the leader by default). */
function storeIndexOf(w: World, partition: number, offset: number, broker?: number): number {
  const ps = w.m.partitions[partition]!;
  const replica =
    replicaOn(ps, broker ?? (ps.leader >= 0 ? ps.leader : ps.lastLeader)) ?? ps.replicas[0]!;
  const index = storeIndexAt(replica.chain, offset);
  // Reads stay at or above the log start, and nothing a replica can reach there is ever freed.
  if (index < w.logs[partition]!.base || index >= storeEnd(w.logs[partition]!)) {
    throw new Error(
      `${w.index.partitionNames[partition]} offset ${offset} (store entry ${index}) is not held`,
    );
  }
  return index;
}

/** The record at `offset` in the log of the replica on `broker` (the leader by default). */
export function recordAt(w: World, partition: number, offset: number, broker?: number): LogRecord {
  return storedRecord(w.logs[partition]!, storeIndexOf(w, partition, offset, broker))!;
}

/** The key of the record at `offset` in the leader's log, read without building the record. */
export function keyAt(w: World, partition: number, offset: number): string | null {
  return storedKey(w.logs[partition]!, storeIndexOf(w, partition, offset));
}

/** The event time of the record at `offset` in the leader's log. */
export function eventTimeAt(w: World, partition: number, offset: number): number {
  return storedEventTimeMs(w.logs[partition]!, storeIndexOf(w, partition, offset));
}

/** The headers of the record at `offset` in the leader's log, if it has any. */
export function headersAt(
  w: World,
  partition: number,
  offset: number,
): Readonly<Record<string, string>> | undefined {
  return storedHeaders(w.logs[partition]!, storeIndexOf(w, partition, offset));
}

/**
 * Makes room for the leader's next record: rolls a segment if one is due, and returns the store
 * index the record goes to (its offset is the leader's log end).
 */
function nextEntry(
  w: World,
  partition: number,
  leader: ReplicaState,
  segments: boolean,
  eventTimeMs: number,
): number {
  const ps = w.m.partitions[partition]!;
  const store = w.logs[partition]!;
  if (segments) beforeAppend(w, partition, leader.leo, eventTimeMs);
  const index = ps.storeLength++;
  // The store may hold an entry of a timeline a seek went back on; a replay writes the same one.
  if (storeEnd(store) < index)
    throw new Error(`store of ${store.partition} has a hole at ${index}`);
  return index;
}

/** Records that the entry at store index `index` is the leader's next offset, and traces it. */
function entryAppended(w: World, partition: number, leader: ReplicaState, index: number): void {
  const offset = leader.leo;
  extendChain(leader.chain, offset, index);
  leader.leo = offset + 1;
  emitColumns(w, TraceCode.recordAppended, 0, partition, offset, index);
}

/** Moves the partition's log end and high watermark after `count` records were appended. */
function afterAppend(w: World, partition: number, leader: ReplicaState, count: number): void {
  const ps = w.m.partitions[partition]!;
  w.m.appendedCount += count;
  ps.logEndOffset = leader.leo;
  leader.leoAtLeader = leader.leo;
  if (ps.replicas.length > 1) wakeParkedFollowers(w, partition);
  advanceHighWatermark(w, partition);
}

/** Appends drafts at the leader's log end; returns the base offset. */
export function appendToLeader(
  w: World,
  partition: number,
  records: readonly RecordDraft[],
): number {
  const ps = w.m.partitions[partition]!;
  const leader = replicaOn(ps, ps.leader)!;
  const segments = w.index.topics[w.index.partitionTopic[partition]!]!.tracksSegments;
  const base = leader.leo;
  for (const draft of records) {
    const index = nextEntry(w, partition, leader, segments, draft.eventTimeMs);
    putRecord(w.logs[partition]!, index, draft, w.m.nowMs, leader.leo);
    entryAppended(w, partition, leader, index);
    if (draft.headers?.poison === 'true') w.m.poisonSeen = true;
  }
  afterAppend(w, partition, leader, records.length);
  return base;
}

/** Appends a producer batch's records at the leader's log end; returns the base offset. */
export function appendBatchToLeader(w: World, partition: number, batch: ProducerBatch): number {
  const ps = w.m.partitions[partition]!;
  const leader = replicaOn(ps, ps.leader)!;
  const segments = w.index.topics[w.index.partitionTopic[partition]!]!.tracksSegments;
  const store = w.logs[partition]!;
  const writerId = w.writerIds[batch.producer]!;
  const f = batch.fields;
  const base = leader.leo;
  for (let i = 0, row = 0; i < batch.count; i++, row += BATCH_FIELDS) {
    const eventTimeMs = f[row + BatchField.eventTimeMs]!;
    const index = nextEntry(w, partition, leader, segments, eventTimeMs);
    const extras = batch.extras?.[i] ?? null;
    putRecordFields(
      store,
      index,
      w.m.nowMs,
      leader.leo,
      f[row + BatchField.keyId]!,
      writerId,
      f[row + BatchField.valueSeq]!,
      eventTimeMs,
      f[row + BatchField.producedAtMs]!,
      extras,
    );
    entryAppended(w, partition, leader, index);
    if (extras?.headers?.poison === 'true') w.m.poisonSeen = true;
  }
  afterAppend(w, partition, leader, batch.count);
  return base;
}

/** Raises the high watermark to the smallest log end among the in-sync replicas. */
export function advanceHighWatermark(w: World, partition: number): void {
  const ps = w.m.partitions[partition]!;
  if (ps.leader < 0) return;
  let hw = ps.logEndOffset;
  if (ps.isr.length > 1) {
    for (const r of ps.replicas) if (ps.isr.includes(r.broker)) hw = Math.min(hw, r.leoAtLeader);
  }
  if (hw <= ps.highWatermark) return;
  ps.highWatermark = hw;
  if (ps.pendingAcks.length === 0) return;
  const ready = ps.pendingAcks.filter((a) => a.endOffset <= hw);
  ps.pendingAcks = ps.pendingAcks.filter((a) => a.endOffset > hw);
  for (const a of ready) answerBatch(w, a.slot, a.attempt, null);
}
