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

import type { LogRecord } from '../view/worldView.ts';
import type { RecordDraft } from '../world/producerState.ts';

type Headers = Readonly<Record<string, string>>;

export interface RecordStore {
  /** Store index of column slot 0; every entry below it has been freed. */
  base: number;
  /** Entries held from `base` on, including any left past the logical length by an abandoned timeline. */
  count: number;
  /** The partition's name, which every record of the store carries. */
  readonly partition: string;
  atMs: Float64Array;
  offset: Float64Array;
  eventTimeMs: Float64Array;
  producedAtMs: Float64Array;
  /** At least 0: the value is `<writer>-<valueSeq>`; -1: `values` holds it. */
  valueSeq: Float64Array;
  keys: (string | null)[];
  values: (string | null)[];
  writers: string[];
  headers: (Headers | undefined)[];
}

const INITIAL_CAPACITY = 64;

export function createRecordStore(partition: string): RecordStore {
  return {
    base: 0,
    count: 0,
    partition,
    atMs: new Float64Array(INITIAL_CAPACITY),
    offset: new Float64Array(INITIAL_CAPACITY),
    eventTimeMs: new Float64Array(INITIAL_CAPACITY),
    producedAtMs: new Float64Array(INITIAL_CAPACITY),
    valueSeq: new Float64Array(INITIAL_CAPACITY),
    keys: [],
    values: [],
    writers: [],
    headers: [],
  };
}

const NUMERIC = ['atMs', 'offset', 'eventTimeMs', 'producedAtMs', 'valueSeq'] as const;

/** Copies `keep` entries from slot `from` to slot 0 of numeric columns with `capacity` slots. */
function relayoutNumbers(store: RecordStore, capacity: number, from: number, keep: number): void {
  for (const k of NUMERIC) {
    const next = new Float64Array(capacity);
    next.set(store[k].subarray(from, from + keep));
    store[k] = next;
  }
}

/** One past the highest store index held (freed or not). */
export function storeEnd(store: RecordStore): number {
  return store.base + store.count;
}

/** The column slot of store index `index`, or -1 when it was freed or never written. */
function slotOf(store: RecordStore, index: number): number {
  const slot = index - store.base;
  return slot >= 0 && slot < store.count ? slot : -1;
}

/** The record at store index `index`, built from the columns, or undefined when it is not held. */
export function storedRecord(store: RecordStore, index: number): LogRecord | undefined {
  const i = slotOf(store, index);
  if (i < 0) return undefined;
  const seq = store.valueSeq[i]!;
  const writer = store.writers[i]!;
  const record = {
    atMs: store.atMs[i]!,
    type: 'record.appended' as const,
    partition: store.partition,
    offset: store.offset[i]!,
    key: store.keys[i]!,
    value: seq >= 0 ? `${writer}-${seq}` : store.values[i]!,
    producer: writer,
    eventTimeMs: store.eventTimeMs[i]!,
    producedAtMs: store.producedAtMs[i]!,
  };
  const headers = store.headers[i];
  return headers === undefined ? record : { ...record, headers };
}

/** The key of the record at store index `index` (which must be held), without building the record. */
export function storedKey(store: RecordStore, index: number): string | null {
  return store.keys[index - store.base]!;
}

/** The headers of the record at store index `index`, if it has any. */
export function storedHeaders(store: RecordStore, index: number): Headers | undefined {
  return store.headers[index - store.base];
}

/** The event time of the record at store index `index` (which must be held). */
export function storedEventTimeMs(store: RecordStore, index: number): number {
  return store.eventTimeMs[index - store.base]!;
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
  const i = index - store.base;
  if (i >= store.atMs.length) relayoutNumbers(store, store.atMs.length * 2, 0, store.count);
  store.atMs[i] = atMs;
  store.offset[i] = offset;
  store.eventTimeMs[i] = draft.eventTimeMs;
  store.producedAtMs[i] = draft.producedAtMs;
  store.valueSeq[i] = draft.valueSeq;
  store.keys[i] = draft.key;
  store.values[i] = draft.value;
  store.writers[i] = draft.writer;
  store.headers[i] = draft.headers;
  if (i === store.count) store.count++;
}

/** Forgets entries at or past `length`, once the timeline that wrote them is abandoned. */
export function truncateRecordStore(store: RecordStore, length: number): void {
  const keep = Math.max(0, length - store.base);
  if (store.count <= keep) return;
  store.count = keep;
  store.keys.length = keep;
  store.values.length = keep;
  store.writers.length = keep;
  store.headers.length = keep;
}

/**
 * Frees every entry below store index `index`; the indices of the rest do not change. The numeric
 * columns shrink by half while at most a quarter of them is in use, so their size follows the
 * records still held, not the run's length.
 */
export function freeRecordsBefore(store: RecordStore, index: number): number {
  const count = Math.min(index, storeEnd(store)) - store.base;
  if (count <= 0) return 0;
  const keep = store.count - count;
  let capacity = store.atMs.length;
  while (capacity > INITIAL_CAPACITY && keep * 4 <= capacity) capacity /= 2;
  relayoutNumbers(store, capacity, count, keep);
  // Fresh arrays rather than splice: V8 then releases the old backing stores as a whole.
  store.keys = store.keys.slice(count);
  store.values = store.values.slice(count);
  store.writers = store.writers.slice(count);
  store.headers = store.headers.slice(count);
  store.base += count;
  store.count = keep;
  return count;
}
