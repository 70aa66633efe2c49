// A partition's record store: every record any of its leaders appended, by store index, in append
// order. Store indices are absolute and never change; once no replica and no kept keyframe can
// reach the oldest entries any more (retention deleted them and the history that still saw them
// was dropped), they are freed, and `base` says where the entries held in memory begin.
//
// Records are held in columns, not as objects: a million records as objects kept the garbage
// collector busy for a sixth of a run and held 100 MB, since every one of them lives as long as
// the history. Numbers sit in typed arrays; keys, values, writers and headers are references to
// strings shared between records. A generated value (`p3-1207`) is not even a string until it is
// read: the store keeps the writer and the number. A read builds the record object afresh, with
// the fields in the order of the `record.appended` event, so traces print as they always did.
//
// The columns come in chunks of CHUNK entries, so a growing store never copies what it holds (one
// set of doubling columns copied every record about twice over a run) and freeing drops whole
// chunks. The five numbers of a record sit side by side in one row of the chunk's number array,
// so appending a record writes one cache line there rather than one in each of five arrays. Only
// a store's first chunk starts small and doubles up to CHUNK, so a partition of a few records
// stays small; later chunks are made whole.

import type { LogRecord } from '../view/worldView.ts';
import type { RecordDraft } from '../world/producerState.ts';

type Headers = Readonly<Record<string, string>>;

const CHUNK_BITS = 11;
/** Entries per chunk. */
const CHUNK = 1 << CHUNK_BITS;
const SLOT_MASK = CHUNK - 1;
/** Numbers per record in a chunk's row: atMs, offset, eventTimeMs, producedAtMs, valueSeq. */
const STRIDE = 5;
const AT = 0;
const OFFSET = 1;
const EVENT_TIME = 2;
const PRODUCED_AT = 3;
/** At least 0: the value is `<writer>-<valueSeq>`; -1: `values` holds it. */
const VALUE_SEQ = 4;
/** Rows a store's first chunk starts with. */
const FIRST_ROWS = 64;

/** Entries `chunkBase + CHUNK * k` to `chunkBase + CHUNK * (k + 1) - 1` of the store. */
export interface RecordChunk {
  /** STRIDE numbers per entry; shorter than CHUNK rows only while it is the newest chunk. */
  nums: Float64Array;
  /** The reference columns, as long as `nums` has rows (holes where nothing was written yet). */
  keys: (string | null)[];
  values: (string | null)[];
  writers: string[];
  headers: (Headers | undefined)[];
}

export interface RecordStore {
  /** Store index of the first entry held; every entry below it has been freed. */
  base: number;
  /** Entries held from `base` on, including any left past the logical length by an abandoned timeline. */
  count: number;
  /** Store index of the first entry of `chunks[0]`, a multiple of CHUNK, at most `base`. */
  chunkBase: number;
  /** The partition's name, which every record of the store carries. */
  readonly partition: string;
  chunks: RecordChunk[];
}

export function createRecordStore(partition: string): RecordStore {
  return { base: 0, count: 0, chunkBase: 0, partition, chunks: [] };
}

/** A chunk with room for `rows` entries. */
function newChunk(rows: number): RecordChunk {
  return {
    nums: new Float64Array(rows * STRIDE),
    keys: new Array<string | null>(rows),
    values: new Array<string | null>(rows),
    writers: new Array<string>(rows),
    headers: new Array<Headers | undefined>(rows),
  };
}

/** A copy of `column` with room for `rows` entries. */
function grown<T>(column: T[], rows: number): T[] {
  const next = new Array<T>(rows);
  for (let i = 0; i < column.length; i++) next[i] = column[i]!;
  return next;
}

/**
 * Doubles the newest chunk's rows, up to CHUNK. The reference columns grow with the numbers, by
 * doubling into arrays of the final length: left to grow one write at a time, V8 would reallocate
 * them about fifteen times per chunk, allocating four times what they end up holding.
 */
function growChunk(c: RecordChunk): void {
  const rows = Math.min(CHUNK, 2 * (c.nums.length / STRIDE));
  const nums = new Float64Array(rows * STRIDE);
  nums.set(c.nums);
  c.nums = nums;
  c.keys = grown(c.keys, rows);
  c.values = grown(c.values, rows);
  c.writers = grown(c.writers, rows);
  c.headers = grown(c.headers, rows);
}

/** One past the highest store index held (freed or not). */
export function storeEnd(store: RecordStore): number {
  return store.base + store.count;
}

/** The chunk of store index `index`, which must be held. */
function chunkOf(store: RecordStore, index: number): RecordChunk {
  return store.chunks[(index - store.chunkBase) >> CHUNK_BITS]!;
}

/** Whether store index `index` is held (written and not freed). */
function held(store: RecordStore, index: number): boolean {
  return index >= store.base && index < store.base + store.count;
}

/** The record at store index `index`, built from the columns, or undefined when it is not held. */
export function storedRecord(store: RecordStore, index: number): LogRecord | undefined {
  if (!held(store, index)) return undefined;
  const c = chunkOf(store, index);
  const slot = (index - store.chunkBase) & SLOT_MASK;
  const row = slot * STRIDE;
  const seq = c.nums[row + VALUE_SEQ]!;
  const writer = c.writers[slot]!;
  const record = {
    atMs: c.nums[row + AT]!,
    type: 'record.appended' as const,
    partition: store.partition,
    offset: c.nums[row + OFFSET]!,
    key: c.keys[slot]!,
    value: seq >= 0 ? `${writer}-${seq}` : c.values[slot]!,
    producer: writer,
    eventTimeMs: c.nums[row + EVENT_TIME]!,
    producedAtMs: c.nums[row + PRODUCED_AT]!,
  };
  const headers = c.headers[slot];
  return headers === undefined ? record : { ...record, headers };
}

/** The key of the record at store index `index` (which must be held), without building the record. */
export function storedKey(store: RecordStore, index: number): string | null {
  return chunkOf(store, index).keys[(index - store.chunkBase) & SLOT_MASK]!;
}

/** The headers of the record at store index `index`, if it has any. */
export function storedHeaders(store: RecordStore, index: number): Headers | undefined {
  return chunkOf(store, index).headers[(index - store.chunkBase) & SLOT_MASK];
}

/** The event time of the record at store index `index` (which must be held). */
export function storedEventTimeMs(store: RecordStore, index: number): number {
  const slot = (index - store.chunkBase) & SLOT_MASK;
  return chunkOf(store, index).nums[slot * STRIDE + EVENT_TIME]!;
}

/** The chunk for a write at store index `index`, with room for its row. */
function chunkForWrite(store: RecordStore, index: number): RecordChunk {
  const k = (index - store.chunkBase) >> CHUNK_BITS;
  // A store's first chunk starts small and grows; once it has filled one, it will fill more.
  if (k === store.chunks.length) store.chunks.push(newChunk(k === 0 ? FIRST_ROWS : CHUNK));
  const c = store.chunks[k]!;
  const rows = ((index - store.chunkBase) & SLOT_MASK) + 1;
  // Only the newest chunk grows, and only until it holds CHUNK rows.
  if (rows * STRIDE > c.nums.length) growChunk(c);
  return c;
}

/** Writes a draft as the record at store index `index`, which must be at most one past the end. */
export function putRecord(
  store: RecordStore,
  index: number,
  draft: RecordDraft,
  atMs: number,
  offset: number,
): void {
  if (index < store.base || index > storeEnd(store)) {
    throw new Error(`record store write at ${index} outside [${store.base}, ${storeEnd(store)}]`);
  }
  const c = chunkForWrite(store, index);
  const slot = (index - store.chunkBase) & SLOT_MASK;
  const row = slot * STRIDE;
  const nums = c.nums;
  nums[row + AT] = atMs;
  nums[row + OFFSET] = offset;
  nums[row + EVENT_TIME] = draft.eventTimeMs;
  nums[row + PRODUCED_AT] = draft.producedAtMs;
  nums[row + VALUE_SEQ] = draft.valueSeq;
  c.keys[slot] = draft.key;
  c.values[slot] = draft.value;
  c.writers[slot] = draft.writer;
  c.headers[slot] = draft.headers;
  if (index === storeEnd(store)) store.count++;
}

/** Forgets entries at or past `length`, once the timeline that wrote them is abandoned. */
export function truncateRecordStore(store: RecordStore, length: number): void {
  const keep = Math.max(0, length - store.base);
  if (store.count <= keep) return;
  store.count = keep;
  const end = store.base + keep - store.chunkBase;
  // Chunks wholly past the end go; the last one kept lets go of the keys, values and headers past
  // it (writers are a few shared ids).
  store.chunks.length = Math.min(store.chunks.length, (end + SLOT_MASK) >> CHUNK_BITS);
  const last = store.chunks[store.chunks.length - 1];
  if (!last || (end & SLOT_MASK) === 0) return;
  // Emptied rather than shortened, so the columns keep the length of the chunk's rows.
  for (let slot = end & SLOT_MASK; slot < last.keys.length; slot++) {
    last.keys[slot] = null;
    last.values[slot] = null;
    last.headers[slot] = undefined;
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
