// Producers: they create records at their rate and choose a partition with Kafka's rules. The
// accumulator and sender (producerSender.ts) gather records into batches and send them.

import { fetchProducerMetadata, refreshProducerMetadataIfDue } from './producerMetadata.ts';
import { chance, exponentialInt, uniformInt } from '../core/randomDraws.ts';
import { clockReadingMs } from './producerClock.ts';
import { EventKind } from '../world/eventKinds.ts';
import { emit, schedule } from '../world/worldOps.ts';
import type { RecordDraft } from '../world/producerState.ts';
import type { World } from '../world/worldTypes.ts';
import { addToBatch } from './producerSender.ts';
import { chooseKeyIndex, nextGapUs } from './producerDraws.ts';
import { partitionForKey } from './partitionForKey.ts';
import { internString } from './stringTable.ts';

/** Starts the producer's record loop at the current time. */
export function startProducer(w: World, p: number): void {
  const st = w.m.producers[p]!;
  st.running = true;
  st.crashed = false;
  st.epoch++;
  st.carryUs = 0;
  emit(w, { atMs: w.m.nowMs, type: 'producer.started', producer: w.index.producers[p]!.id });
  // A starting (or restarted) producer is a new client: it fetches metadata first.
  fetchProducerMetadata(w, p);
  const spec = w.scenario.topology.producers[p]!;
  if (spec.rate.kind === 'scripted') {
    scheduleScripted(w, p);
    return;
  }
  schedule(w, w.m.nowMs, EventKind.producerNext, p, st.epoch);
}

export function stopProducer(w: World, p: number): void {
  const st = w.m.producers[p]!;
  if (!st.running) return;
  st.running = false;
  st.epoch++;
  emit(w, { atMs: w.m.nowMs, type: 'producer.stopped', producer: w.index.producers[p]!.id });
}

/** The producer process dies: what sat in its batches never leaves; in-flight requests still land. */
export function crashProducer(w: World, p: number): void {
  const st = w.m.producers[p]!;
  let lost = 0;
  st.batches.forEach((b, local) => {
    if (!b) return;
    lost += b.count;
    st.batches[local] = null;
  });
  st.open.length = 0;
  st.senderWakeAtMs = -1;
  st.running = false;
  st.crashed = true;
  st.epoch++;
  emit(w, {
    atMs: w.m.nowMs,
    type: 'producer.crashed',
    producer: w.index.producers[p]!.id,
    lostRecords: lost,
  });
}

function scheduleScripted(w: World, p: number): void {
  const st = w.m.producers[p]!;
  const spec = w.scenario.topology.producers[p]!;
  if (spec.rate.kind !== 'scripted') return;
  // Skip scripted records whose time has passed while the producer was stopped.
  while (st.scriptIndex < spec.rate.records.length) {
    const at = spec.rate.records[st.scriptIndex]!.atMs;
    if (at >= w.m.nowMs) {
      schedule(w, at, EventKind.producerNext, p, st.epoch);
      return;
    }
    st.scriptIndex++;
  }
}

/**
 * The headers of the producer's next record: a producer told to send a poison record marks this
 * one with the `poison` header, ahead of any headers the record has of its own.
 */
function headersFor(
  w: World,
  p: number,
  own?: Readonly<Record<string, string>>,
): Readonly<Record<string, string>> | undefined {
  const st = w.m.producers[p]!;
  if (!st.poisonNext) return own;
  st.poisonNext = false;
  return { poison: 'true', ...own };
}

type MutableDraft = { -readonly [K in keyof RecordDraft]: RecordDraft[K] };

/**
 * The one draft every new record is made in. A batch copies its fields at once (producerSender.ts)
 * and nothing keeps the draft, so making a record allocates no object.
 */
const scratchDraft: MutableDraft = {
  key: null,
  keyId: -1,
  value: null,
  valueSeq: -1,
  writerId: -1,
  eventTimeMs: 0,
  producedAtMs: 0,
  headers: undefined,
};

/**
 * A new record, in the scratch draft; the leader gives it its time and offset. `keyIndex` is a
 * generated key's index, which is also its number in the string table; other keys are numbered
 * here.
 */
function plainDraft(
  w: World,
  p: number,
  key: string | null,
  keyIndex: number,
  value: string | null,
  valueSeq: number,
  eventTimeMs: number,
  headers?: Readonly<Record<string, string>>,
): RecordDraft {
  const d = scratchDraft;
  d.key = key;
  d.keyId = keyIndex >= 0 ? keyIndex : key === null ? -1 : internString(w.strings, key);
  d.value = value;
  d.valueSeq = valueSeq;
  d.writerId = w.writerIds[p]!;
  d.eventTimeMs = eventTimeMs;
  d.producedAtMs = w.m.nowMs;
  d.headers = headers;
  return d;
}

let scratchKeyIndex = -1;

/** Event time from the producer's clock; a straggler's is pushed into the past by an exponential delay. */
function eventTimeFor(w: World, p: number): number {
  const spec = w.scenario.topology.producers[p]!;
  const t = clockReadingMs(spec.clock, w.m.nowMs, w.m.producers[p]!.clockSkewMs);
  const late = spec.lateness;
  if (!late || !chance(w.m.producers[p]!.rng, late.percent, 100)) return t;
  return t - exponentialInt(w.m.producers[p]!.rng, late.meanDelayMs);
}

/** Creates the producer's next record; its key index (or -1) is left in `scratchKeyIndex`. */
function draftRecord(w: World, p: number): RecordDraft | null {
  const st = w.m.producers[p]!;
  const spec = w.scenario.topology.producers[p]!;
  scratchKeyIndex = -1;
  if (spec.rate.kind === 'scripted') {
    const r = spec.rate.records[st.scriptIndex++];
    if (!r) return null;
    return plainDraft(
      w,
      p,
      r.key,
      -1,
      r.value,
      -1,
      r.eventTimeMs ?? w.m.nowMs,
      headersFor(w, p, r.headers),
    );
  }
  const idx = w.index.producers[p]!;
  // During a hot-key burst a share of records carry the burst's key instead of a drawn one.
  const burst = st.burst !== null && chance(st.rng, st.burst.permille, 1000) ? st.burst.key : null;
  scratchKeyIndex = burst === null ? chooseKeyIndex(st.rng, spec.keys, idx.zipf) : -1;
  const key = burst ?? (scratchKeyIndex < 0 ? null : idx.keyStrings[scratchKeyIndex]!);
  // A generated value is `<producer>-<records created before>`; the store builds it when read.
  if (spec.values?.kind !== 'integer')
    return plainDraft(
      w,
      p,
      key,
      scratchKeyIndex,
      null,
      st.created,
      eventTimeFor(w, p),
      headersFor(w, p),
    );
  const value = String(spec.values.min + uniformInt(st.rng, spec.values.max - spec.values.min + 1));
  return plainDraft(w, p, key, scratchKeyIndex, value, -1, eventTimeFor(w, p), headersFor(w, p));
}

/** Kafka's choice of partition (local to the topic) for one record, over the partitions it knows. */
function choosePartition(w: World, p: number, draft: RecordDraft, keyIndex: number): number {
  refreshProducerMetadataIfDue(w, p);
  const st = w.m.producers[p]!;
  const idx = w.index.producers[p]!;
  const count = st.partitionCount;
  const spec = w.scenario.topology.producers[p]!;
  if (spec.partitioner === 'round-robin') return st.roundRobin++ % count;
  if (draft.key !== null) {
    // The shared cache holds partitions for the topic's initial count only.
    if (keyIndex < 0 || count !== w.index.topics[idx.topic]!.count)
      return partitionForKey(draft.key, count);
    let cached = idx.partitionOfKey[keyIndex]!;
    if (cached < 0) {
      cached = partitionForKey(draft.key, count);
      idx.partitionOfKey[keyIndex] = cached;
    }
    return cached;
  }
  // Null keys: the sticky partitioner keeps one partition until its batch is sent.
  if (st.stickyPartition < 0) st.stickyPartition = uniformInt(st.rng, count);
  return st.stickyPartition;
}

/** Creates the producer's next record and puts it in a batch. */
function makeRecord(w: World, p: number): void {
  const draft = draftRecord(w, p);
  if (!draft) return;
  w.m.producers[p]!.created++;
  addToBatch(w, p, choosePartition(w, p, draft, scratchKeyIndex), draft);
}

/**
 * Handles `producerNext`: creates every record due within this millisecond, then schedules the
 * next. Time is whole milliseconds, so records due in one are simultaneous anyway; making them in
 * one event spares the queue a round trip for each (a third of a 1 ms Poisson producer's records).
 */
export function onProducerNext(w: World, p: number, epoch: number): void {
  const st = w.m.producers[p]!;
  if (!st.running || epoch !== st.epoch) return;
  const spec = w.scenario.topology.producers[p]!;
  if (spec.stopAtMs !== undefined && w.m.nowMs >= spec.stopAtMs) {
    stopProducer(w, p);
    return;
  }
  if (spec.rate.kind === 'scripted') {
    makeRecord(w, p);
    scheduleScripted(w, p);
    return;
  }
  for (;;) {
    makeRecord(w, p);
    const total = st.carryUs + nextGapUs(st.rng, spec.rate, w.m.nowMs - spec.startAtMs);
    st.carryUs = total % 1000;
    const aheadMs = Math.floor(total / 1000);
    if (aheadMs > 0) {
      schedule(w, w.m.nowMs + aheadMs, EventKind.producerNext, p, st.epoch);
      return;
    }
  }
}

/**
 * Sends one record a person injected, now, with the event time they chose: partitioned and
 * batched like the producer's own records. Returns the global partition it went to.
 */
export function produceInjected(
  w: World,
  p: number,
  key: string | null,
  value: string,
  eventTimeMs: number,
): number {
  const draft = plainDraft(w, p, key, -1, value, -1, eventTimeMs);
  const local = choosePartition(w, p, draft, -1);
  addToBatch(w, p, local, draft);
  return w.index.topics[w.index.producers[p]!.topic]!.base + local;
}
