// A partition's record store: every record any of its leaders appended, by store index, in append
// order. Store indices are absolute and never change; once no replica and no kept keyframe can
// reach the oldest entries any more (retention deleted them and the history that still saw them
// was dropped), they are freed, and `base` says where the entries held in memory begin.

import type { LogRecord } from '../view/worldView.ts';

export interface RecordStore {
  /** Store index of `entries[0]`; every entry below it has been freed. */
  base: number;
  /** Entries from `base` on, including any left past the logical length by an abandoned timeline. */
  entries: LogRecord[];
}

export function createRecordStore(): RecordStore {
  return { base: 0, entries: [] };
}

/** One past the highest store index held (freed or not). */
export function storeEnd(store: RecordStore): number {
  return store.base + store.entries.length;
}

/** The record at store index `index`, or undefined when it was freed or never written. */
export function storedRecord(store: RecordStore, index: number): LogRecord | undefined {
  return index >= store.base ? store.entries[index - store.base] : undefined;
}

/** Writes the record at store index `index`, which must be at most one past the end. */
export function putRecord(store: RecordStore, index: number, record: LogRecord): void {
  if (index < store.base || index > storeEnd(store)) {
    throw new Error(`record store write at ${index} outside [${store.base}, ${storeEnd(store)}]`);
  }
  store.entries[index - store.base] = record;
}

/** Forgets entries at or past `length`, once the timeline that wrote them is abandoned. */
export function truncateRecordStore(store: RecordStore, length: number): void {
  const keep = Math.max(0, length - store.base);
  if (store.entries.length > keep) store.entries.length = keep;
}

/** Frees every entry below store index `index`; the indices of the rest do not change. */
export function freeRecordsBefore(store: RecordStore, index: number): number {
  const count = Math.min(index, storeEnd(store)) - store.base;
  if (count <= 0) return 0;
  // A fresh array rather than splice: V8 then releases the old backing store as a whole.
  store.entries = store.entries.slice(count);
  store.base += count;
  return count;
}
