// A partition's log as its leader sees it: appending a batch, reading a record by offset, and
// moving the high watermark, which completes `acks=all` requests waiting for it. With one replica
// the high watermark simply follows the log end.

import type { LogRecord } from '../view/worldView.ts';
import type { PartitionState, ReplicaState } from '../world/partitionState.ts';
import type { RecordDraft } from '../world/producerState.ts';
import type { World } from '../world/worldTypes.ts';
import { TraceCode } from '../trace/traceStore.ts';
import { emitColumns } from '../world/worldOps.ts';
import { extendChain, storeIndexAt } from './logChain.ts';
import { beforeAppend } from './logSegments.ts';
import {
  putRecord,
  storedEventTimeMs,
  storedHeaders,
  storedKey,
  storedRecord,
  storeEnd,
} from './recordStore.ts';
import { clearBatchMeta } from './batchMetaStore.ts';
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

/** Appends drafts at the leader's log end; returns the base offset. */
export function appendToLeader(
  w: World,
  partition: number,
  records: readonly RecordDraft[],
): number {
  const ps = w.m.partitions[partition]!;
  const leader = replicaOn(ps, ps.leader)!;
  const store = w.logs[partition]!;
  const base = leader.leo;
  const segments = w.index.topics[w.index.partitionTopic[partition]!]!.tracksSegments;
  for (const draft of records) {
    const offset = leader.leo;
    if (segments) beforeAppend(w, partition, offset, draft.eventTimeMs);
    const index = ps.storeLength++;
    // The store may hold an entry of a timeline a seek went back on; a replay writes the same one.
    if (storeEnd(store) < index)
      throw new Error(`store of ${store.partition} has a hole at ${index}`);
    putRecord(store, index, draft, w.m.nowMs, offset);
    clearBatchMeta(w, partition, index);
    extendChain(leader.chain, offset, index);
    leader.leo = offset + 1;
    emitColumns(w, TraceCode.recordAppended, partition, offset, index, 0);
    if (draft.headers?.poison === 'true') w.m.poisonSeen = true;
  }
  w.m.appendedCount += records.length;
  ps.logEndOffset = leader.leo;
  leader.leoAtLeader = leader.leo;
  if (ps.replicas.length > 1) wakeParkedFollowers(w, partition);
  advanceHighWatermark(w, partition);
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
