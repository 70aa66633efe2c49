// A partition's record store: every record any of its leaders appended, by store index, in append
// order. Store indices are absolute and never change; once no replica and no kept keyframe can
// reach the oldest entries any more (retention deleted them and the history that still saw them
// was dropped), they are freed, and `base` says where the entries held in memory begin.
//
// Records are held in columns, not as objects: a million records as objects kept the garbage
// collector busy for a sixth of a run and held 100 MB, since every one of them lives as long as
// the history. Everything common is a number: a record's key and writer are numbers from the run's
// string table (stringTable.ts), and a generated value (`p3-1207`) is not even a string until it
// is read: the store keeps the writer and the number. Explicit values and headers, which most
// records lack, sit in reference columns a chunk makes only once it holds one. A read builds the
// record object afresh, with the fields in the order of the `record.appended` event, so traces
// print as they always did.
//
// The columns come in chunks of CHUNK entries, so a growing store never copies what it holds (one
// set of doubling columns copied every record about twice over a run) and freeing drops whole
// chunks (recordChunk.ts). The numbers of a record (and of the batch it starts, if any) sit side by
// side in one row of the chunk's number array, so appending a record writes adjacent memory rather
// than one place in each of several arrays. Only a store's first chunk starts small and doubles up
// to CHUNK, so a partition of a few records stays small; later chunks are made whole.
//
// The rows are 32-bit integers, half the bytes of doubles: a run writes (and the system zeroes)
// tens of megabytes of rows, and halving them made the standard workload about 6% faster. Every
// number fits. Times are whole milliseconds within a run of at most an hour; offsets, sequences,
// value numbers and string numbers count records, which a run makes at most a few million of; and
// the one number a scenario can push further, a producer's event time (skew, drift, fifty clock
// jumps and a late straggler's delay, each bounded in scenarioLimits.ts), stays under a billion
// milliseconds either way. A write checks that one anyway, so a wrap could never pass in silence.

import type { LogRecord } from '../view/worldView.ts';
import type { RecordDraft, RecordExtras } from '../world/producerState.ts';
import { stringAt, type StringTable } from './stringTable.ts';
import {
  AT,
  CHUNK,
  CHUNK_BITS,
  countOf,
  FIRST_ROWS,
  growChunk,
  KEY_ID,
  META_EPOCH,
  META_PRODUCER_COUNT,
  META_SEQ,
  newChunk,
  packProducerCount,
  PRODUCED_AT,
  producerOf,
  putExtras,
  readEventTime,
  readOffset,
  rowsOf,
  SLOT_MASK,
  STRIDE,
  VALUE_SEQ,
  writeEventTime,
  writeOffset,
  WRITER_ID,
  type RecordChunk,
} from './recordChunk.ts';

type Headers = Readonly<Record<string, string>>;

export interface RecordStore {
  /** Store index of the first entry held; every entry below it has been freed. */
  base: number;
  /** Entries held from `base` on, including any left past the logical length by an abandoned timeline. */
  count: number;
  /** Store index of the first entry of `chunks[0]`, a multiple of CHUNK, at most `base`. */
  chunkBase: number;
  /** The partition's name, which every record of the store carries. */
  readonly partition: string;
  /** The run's strings, which key and writer numbers refer to. */
  readonly strings: StringTable;
  chunks: RecordChunk[];
}

export function createRecordStore(partition: string, strings: StringTable): RecordStore {
  return { base: 0, count: 0, chunkBase: 0, partition, strings, chunks: [] };
}

/** One past the highest store index held (freed or not). */
export function storeEnd(store: RecordStore): number {
  return store.base + store.count;
}

/** The chunk of store index `index`, which must be held. */
function chunkOf(store: RecordStore, index: number): RecordChunk {
  return store.chunks[(index - store.chunkBase) >> CHUNK_BITS]!;
}

function slotOf(store: RecordStore, index: number): number {
  return (index - store.chunkBase) & SLOT_MASK;
}

/** Whether store index `index` is held (written and not freed). */
function held(store: RecordStore, index: number): boolean {
  return index >= store.base && index < store.base + store.count;
}

function keyOf(store: RecordStore, keyId: number): string | null {
  return keyId < 0 ? null : stringAt(store.strings, keyId);
}

/** The record at store index `index`, built from the columns, or undefined when it is not held. */
export function storedRecord(store: RecordStore, index: number): LogRecord | undefined {
  if (!held(store, index)) return undefined;
  const c = chunkOf(store, index);
  const slot = slotOf(store, index);
  const row = slot * STRIDE;
  const seq = c.nums[row + VALUE_SEQ]!;
  const writer = stringAt(store.strings, c.nums[row + WRITER_ID]!);
  const record = {
    atMs: c.nums[row + AT]!,
    type: 'record.appended' as const,
    partition: store.partition,
    offset: readOffset(c, slot),
    key: keyOf(store, c.nums[row + KEY_ID]!),
    value: seq >= 0 ? `${writer}-${seq}` : c.values![slot]!,
    producer: writer,
    eventTimeMs: readEventTime(c, slot),
    producedAtMs: c.nums[row + PRODUCED_AT]!,
  };
  const headers = c.headers?.[slot];
  return headers === undefined ? record : { ...record, headers };
}

/** The key of the record at store index `index` (which must be held), without building the record. */
export function storedKey(store: RecordStore, index: number): string | null {
  return keyOf(store, chunkOf(store, index).nums[slotOf(store, index) * STRIDE + KEY_ID]!);
}

/** The headers of the record at store index `index`, if it has any. */
export function storedHeaders(store: RecordStore, index: number): Headers | undefined {
  return chunkOf(store, index).headers?.[slotOf(store, index)];
}

/** The event time of the record at store index `index` (which must be held). */
export function storedEventTimeMs(store: RecordStore, index: number): number {
  return readEventTime(chunkOf(store, index), slotOf(store, index));
}

/** The chunk for a write at store index `index`, with room for its row. */
function chunkForWrite(store: RecordStore, index: number): RecordChunk {
  const k = (index - store.chunkBase) >> CHUNK_BITS;
  // A store's first chunk starts small and grows; once it has filled one, it will fill more.
  if (k === store.chunks.length) store.chunks.push(newChunk(k === 0 ? FIRST_ROWS : CHUNK));
  const c = store.chunks[k]!;
  if (slotOf(store, index) >= rowsOf(c)) growChunk(c);
  return c;
}

/**
 * Writes the record at store index `index`, which must be at most one past the end, from its
 * fields: the numbers of its key (-1 for null) and writer, its value sequence (-1 when `extras`
 * holds the value), its times, and its extras or null.
 */
export function putRecordFields(
  store: RecordStore,
  index: number,
  atMs: number,
  offset: number,
  keyId: number,
  writerId: number,
  valueSeq: number,
  eventTimeMs: number,
  producedAtMs: number,
  extras: RecordExtras | null,
): void {
  if (index < store.base || index > storeEnd(store)) {
    throw new Error(`record store write at ${index} outside [${store.base}, ${storeEnd(store)}]`);
  }
  const c = chunkForWrite(store, index);
  const slot = slotOf(store, index);
  const row = slot * STRIDE;
  if ((eventTimeMs | 0) !== eventTimeMs)
    throw new Error(`event time ${eventTimeMs} ms does not fit the record store's 32-bit rows`);
  const nums = c.nums;
  nums[row + AT] = atMs;
  nums[row + PRODUCED_AT] = producedAtMs;
  nums[row + VALUE_SEQ] = valueSeq;
  nums[row + KEY_ID] = keyId;
  nums[row + WRITER_ID] = writerId;
  // No batch starts here until setBatchMeta says so (the row may hold an abandoned timeline's).
  nums[row + META_PRODUCER_COUNT] = 0;
  writeOffset(c, slot, offset);
  writeEventTime(c, slot, eventTimeMs);
  if (extras !== null || c.headers) putExtras(c, slot, extras);
  if (index === storeEnd(store)) store.count++;
}

/** The extras of a draft: its explicit value and headers, or null when it has neither. */
export function draftExtras(draft: RecordDraft): RecordExtras | null {
  return draft.valueSeq < 0 || draft.headers !== undefined
    ? { value: draft.value, headers: draft.headers }
    : null;
}

/** Writes a draft as the record at store index `index`, which must be at most one past the end. */
export function putRecord(
  store: RecordStore,
  index: number,
  draft: RecordDraft,
  atMs: number,
  offset: number,
): void {
  putRecordFields(
    store,
    index,
    atMs,
    offset,
    draft.keyId,
    draft.writerId,
    draft.valueSeq,
    draft.eventTimeMs,
    draft.producedAtMs,
    draftExtras(draft),
  );
}

/** Idempotent metadata of a batch whose first record is at store index `index`. */
export interface BatchMeta {
  readonly producer: number;
  readonly epoch: number;
  readonly baseSequence: number;
  readonly count: number;
}

/** Records that a batch of `count` records starts at store index `index`, which must be held. */
export function setBatchMeta(
  store: RecordStore,
  index: number,
  producer: number,
  epoch: number,
  baseSequence: number,
  count: number,
): void {
  if (!held(store, index)) throw new Error(`batch metadata at ${index}: no record is held there`);
  const nums = chunkOf(store, index).nums;
  const row = slotOf(store, index) * STRIDE;
  nums[row + META_PRODUCER_COUNT] = packProducerCount(producer, count);
  nums[row + META_EPOCH] = epoch;
  nums[row + META_SEQ] = baseSequence;
}

/** The batch that starts at store index `index`, or null when none does (or it is not held). */
export function batchMetaAt(store: RecordStore, index: number): BatchMeta | null {
  if (!held(store, index)) return null;
  const nums = chunkOf(store, index).nums;
  const row = slotOf(store, index) * STRIDE;
  const producerCount = nums[row + META_PRODUCER_COUNT]!;
  if (producerCount === 0) return null;
  return {
    producer: producerOf(producerCount),
    epoch: nums[row + META_EPOCH]!,
    baseSequence: nums[row + META_SEQ]!,
    count: countOf(producerCount),
  };
}

/** Forgets entries at or past `length`, once the timeline that wrote them is abandoned. */
export function truncateRecordStore(store: RecordStore, length: number): void {
  const keep = Math.max(0, length - store.base);
  if (store.count <= keep) return;
  store.count = keep;
  const end = store.base + keep - store.chunkBase;
  // Chunks wholly past the end go; the last one kept lets go of the values and headers past it.
  store.chunks.length = Math.min(store.chunks.length, (end + SLOT_MASK) >> CHUNK_BITS);
  const last = store.chunks[store.chunks.length - 1];
  if (!last || (end & SLOT_MASK) === 0) return;
  for (let slot = end & SLOT_MASK; slot < rowsOf(last); slot++) {
    if (last.values) last.values[slot] = null;
    if (last.headers) last.headers[slot] = undefined;
  }
}

/**
 * Frees every entry below store index `index`; the indices of the rest do not change. Chunks
 * wholly below it are dropped, so the memory held follows the records still held, not the run.
 */
export function freeRecordsBefore(store: RecordStore, index: number): number {
  const count = Math.min(index, storeEnd(store)) - store.base;
  if (count <= 0) return 0;
  store.base += count;
  store.count -= count;
  const drop = (store.base - store.chunkBase) >> CHUNK_BITS;
  if (drop > 0) {
    // A fresh array rather than splice: V8 then releases the old chunks as a whole.
    store.chunks = store.chunks.slice(drop);
    store.chunkBase += drop * CHUNK;
  }
  return count;
}
