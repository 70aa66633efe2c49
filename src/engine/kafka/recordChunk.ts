// One chunk of a record store (recordStore.ts): up to CHUNK records as rows of 32-bit numbers, plus
// columns a chunk makes only when one of its records needs them. Two numbers most records share a
// pattern for are kept that way: a record's offset is usually its slot plus the chunk's first
// offset (offsets only jump where a new leader's log parts from the old), and its event time is
// usually its produced-at time (only skewed clocks, late stragglers and scripted or injected
// records differ). Leaving both out of the row cut it from eleven numbers to eight; the trace
// and the rows are most of the memory a run writes, and fresh memory costs a page fault per 4 kB.

import type { RecordExtras } from '../world/producerState.ts';

type Headers = Readonly<Record<string, string>>;

export const CHUNK_BITS = 11;
/** Entries per chunk. */
export const CHUNK = 1 << CHUNK_BITS;
export const SLOT_MASK = CHUNK - 1;
/** Rows a store's first chunk starts with. */
export const FIRST_ROWS = 64;

/** Numbers per record in a chunk's row, and where each sits. */
export const STRIDE = 8;
export const AT = 0;
export const PRODUCED_AT = 1;
/** At least 0: the value is `<writer>-<valueSeq>`; -1: the `values` column holds it. */
export const VALUE_SEQ = 2;
/** The key's number in the string table, or -1 for a null key. */
export const KEY_ID = 3;
export const WRITER_ID = 4;
/**
 * Idempotent batch metadata, in the row of a batch's first record: the producer and the record
 * count packed (see `packProducerCount`; 0 in every other row), the epoch and the base sequence.
 * A new leader rebuilds producer state from it. Kept in the row the append has just written,
 * recording it costs no cache miss of its own.
 */
export const META_PRODUCER_COUNT = 5;
export const META_EPOCH = 6;
export const META_SEQ = 7;

/**
 * A batch's producer and record count in one number. The scenario limits keep the count at most
 * 10,000 (below 2^16) and the producer below 128, so the number stays positive.
 */
export function packProducerCount(producer: number, count: number): number {
  return (producer << 16) | count;
}

export function countOf(producerCount: number): number {
  return producerCount & 0xffff;
}

export function producerOf(producerCount: number): number {
  return producerCount >>> 16;
}

/** Entries `chunkBase + CHUNK * k` to `chunkBase + CHUNK * (k + 1) - 1` of a store. */
export interface RecordChunk {
  /** STRIDE numbers per entry; shorter than CHUNK rows only while it is a store's first chunk. */
  nums: Int32Array;
  /** The offset of slot 0 when every row's offset is its slot plus this; NaN before any write. */
  offsetBase: number;
  /** Offsets by slot, made when a row's offset breaks the `offsetBase` pattern. */
  offsets: Int32Array | null;
  /** Event times by slot, made when a row's event time is not its produced-at time. */
  eventTimes: Int32Array | null;
  /** Explicit values (null for a tombstone), made when the chunk first holds one. */
  values: (string | null)[] | null;
  /** Headers, made when the chunk first holds a record that has some. */
  headers: (Headers | undefined)[] | null;
}

/** A chunk with room for `rows` entries. */
export function newChunk(rows: number): RecordChunk {
  return {
    nums: new Int32Array(rows * STRIDE),
    offsetBase: NaN,
    offsets: null,
    eventTimes: null,
    values: null,
    headers: null,
  };
}

export function rowsOf(c: RecordChunk): number {
  return c.nums.length / STRIDE;
}

/** A copy of `column` with room for `rows` entries. */
function grown<T>(column: T[], rows: number): T[] {
  const next = new Array<T>(rows);
  for (let i = 0; i < column.length; i++) next[i] = column[i]!;
  return next;
}

function grownInts(column: Int32Array, rows: number): Int32Array {
  const next = new Int32Array(rows);
  next.set(column);
  return next;
}

/** Doubles a store's first chunk, up to CHUNK rows, with any columns it has made. */
export function growChunk(c: RecordChunk): void {
  const rows = Math.min(CHUNK, 2 * rowsOf(c));
  c.nums = grownInts(c.nums, rows * STRIDE);
  if (c.offsets) c.offsets = grownInts(c.offsets, rows);
  if (c.eventTimes) c.eventTimes = grownInts(c.eventTimes, rows);
  if (c.values) c.values = grown(c.values, rows);
  if (c.headers) c.headers = grown(c.headers, rows);
}

/** Records the offset of the row in `slot`. */
export function writeOffset(c: RecordChunk, slot: number, offset: number): void {
  if (c.offsets !== null) {
    c.offsets[slot] = offset;
    return;
  }
  if (Number.isNaN(c.offsetBase)) c.offsetBase = offset - slot;
  if (offset === c.offsetBase + slot) return;
  // The pattern breaks here: every row written so far followed it, so the column starts from it.
  const offsets = new Int32Array(rowsOf(c));
  for (let i = 0; i < offsets.length; i++) offsets[i] = c.offsetBase + i;
  offsets[slot] = offset;
  c.offsets = offsets;
}

export function readOffset(c: RecordChunk, slot: number): number {
  return c.offsets !== null ? c.offsets[slot]! : c.offsetBase + slot;
}

/** Records the event time of the row in `slot`, whose produced-at time is already written. */
export function writeEventTime(c: RecordChunk, slot: number, eventTimeMs: number): void {
  if (c.eventTimes !== null) {
    c.eventTimes[slot] = eventTimeMs;
    return;
  }
  if (eventTimeMs === c.nums[slot * STRIDE + PRODUCED_AT]) return;
  const times = new Int32Array(rowsOf(c));
  for (let i = 0; i < times.length; i++) times[i] = c.nums[i * STRIDE + PRODUCED_AT]!;
  times[slot] = eventTimeMs;
  c.eventTimes = times;
}

export function readEventTime(c: RecordChunk, slot: number): number {
  return c.eventTimes !== null ? c.eventTimes[slot]! : c.nums[slot * STRIDE + PRODUCED_AT]!;
}

/** Writes a record's explicit value and headers; a write over an old entry clears what it had. */
export function putExtras(c: RecordChunk, slot: number, extras: RecordExtras | null): void {
  if (extras !== null) (c.values ??= new Array<string | null>(rowsOf(c)))[slot] = extras.value;
  if (extras?.headers !== undefined)
    (c.headers ??= new Array<Headers | undefined>(rowsOf(c)))[slot] = extras.headers;
  else if (c.headers) c.headers[slot] = undefined;
}
