// The trace as the engine stores it: columns of numbers for the event types that occur once per
// record or batch (so recording a million records allocates no event objects for them), and plain
// objects for the rare rest. Events become objects only when someone reads them.
// The store has a logical length: entries past it belong to a timeline a seek went back on.
// Trace indices are absolute sequence numbers: when the oldest entries are evicted (see
// simulation/README.md, "Bounded history"), `base` moves forward and no index changes meaning.

import type { TraceEvent } from './traceEvent.ts';

/**
 * How an entry is stored. Its row holds the code and time, a subject, and two numbers x and y that
 * mean different things per code. The subject of an object entry is its index in the object side
 * table (see `objectBase`); that of a column-coded entry is a partition and who acted on it (see
 * `packSubject`).
 */
export const TraceCode = {
  object: 0,
  /** Who: unused (0). x: offset, y: store index; the event is the log record itself. */
  recordAppended: 1,
  /** Who: producer. x: count, y: attempt. */
  batchSent: 2,
  /** Who: producer. x: base offset, y: count. */
  batchAcked: 3,
  /** Who: consumer. x: from offset, y: count. */
  consumerFetched: 4,
  /** Who: consumer. x: from offset, y: count. */
  consumerProcessed: 5,
} as const;

/**
 * Entries per chunk. The columns grow by whole chunks, so a long run never copies what it recorded
 * (doubling one set of columns copied and zeroed about twice the trace over a million-record run),
 * and eviction frees whole chunks.
 */
const CHUNK_BITS = 14;
const CHUNK = 1 << CHUNK_BITS;
const SLOT_MASK = CHUNK - 1;

/** Numbers per entry: the code and time together, the subject, x and y, side by side in one row. */
export const TRACE_STRIDE = 4;
/** Where each number sits in an entry's row. */
export const TraceField = { codeAndTime: 0, subject: 1, x: 2, y: 3 } as const;

/**
 * Codes take the low CODE_BITS bits of an entry's first number and its time in milliseconds the
 * rest. A run lasts at most an hour (3.6M ms), so the time needs 22 bits and the pair fits in 32.
 * Rows are packed this tightly because the trace is the largest thing a run writes, and on the
 * machines this runs on every fresh 4 kB page of it costs a page fault of a few microseconds: a
 * row of four numbers rather than six made the standard workload about a tenth faster.
 */
const CODE_BITS = 4;
const CODE_MASK = (1 << CODE_BITS) - 1;

/** The first number of an entry's row: its code and its time together. */
export function packCodeAndTime(code: number, atMs: number): number {
  return atMs * (CODE_MASK + 1) + code;
}

/** The code in an entry's first number. */
export function codeOf(codeAndTime: number): number {
  return codeAndTime & CODE_MASK;
}

/** The time in an entry's first number. */
export function timeOf(codeAndTime: number): number {
  return codeAndTime >> CODE_BITS;
}

/**
 * The subject of a column-coded entry: who (a producer or consumer index) in the high half and
 * the global partition in the low half. The scenario limits keep both far below 2^15 (at most
 * 128 producers, 512 group members and 1,024 partitions), so the number stays positive.
 */
export function packSubject(who: number, partition: number): number {
  return (who << 16) | partition;
}

export function whoOf(subject: number): number {
  return subject >>> 16;
}

export function partitionOf(subject: number): number {
  return subject & 0xffff;
}

/**
 * One chunk: entries `CHUNK * k` to `CHUNK * (k + 1) - 1` of the run, a row of TRACE_STRIDE
 * numbers each, so recording an event writes one cache line rather than one in each of six arrays.
 */
export type TraceChunk = Int32Array;

export interface TraceStore {
  /** Absolute index of the first entry held: the number of entries evicted so far. */
  base: number;
  /** One past the highest absolute index ever written in the current columns. */
  end: number;
  /** Absolute index of the first entry of `chunks[0]`, a multiple of the chunk size. */
  chunkBase: number;
  /** Absolute index of `objects[0]`. */
  objectBase: number;
  chunks: TraceChunk[];
  objects: TraceEvent[];
}

function createChunk(): TraceChunk {
  return new Int32Array(CHUNK * TRACE_STRIDE);
}

export function createTraceStore(): TraceStore {
  return { base: 0, end: 0, chunkBase: 0, objectBase: 0, chunks: [], objects: [] };
}

/** Where the row of absolute entry `index` starts within its chunk. */
export function traceRowOf(index: number): number {
  return (index & SLOT_MASK) * TRACE_STRIDE;
}

/** The chunk holding absolute entry `index`, which must lie in [s.base, s.end). */
export function traceChunkOf(s: TraceStore, index: number): TraceChunk {
  return s.chunks[(index - s.chunkBase) >> CHUNK_BITS]!;
}

/** Makes room for absolute entry `index` and returns its chunk (its row starts at `traceRowOf`). */
export function traceChunkFor(s: TraceStore, index: number): TraceChunk {
  if (index < s.base)
    throw new Error(`trace entry ${index} was evicted (the trace starts at ${s.base})`);
  const k = (index - s.chunkBase) >> CHUNK_BITS;
  while (k >= s.chunks.length) s.chunks.push(createChunk());
  if (index >= s.end) s.end = index + 1;
  return s.chunks[k]!;
}

/** Stores the event object of entry `index`, whose object index is `objectIndex`. */
export function putTraceObject(s: TraceStore, objectIndex: number, event: TraceEvent): void {
  s.objects[objectIndex - s.objectBase] = event;
}

/** Forgets entries at or past the logical lengths, once the timeline that wrote them is abandoned. */
export function truncateTrace(s: TraceStore, length: number, objectCount: number): void {
  s.end = Math.max(s.base, Math.min(s.end, length));
  s.objects.length = Math.max(0, objectCount - s.objectBase);
}

/**
 * Evicts every entry below absolute index `index` and every object below `objectIndex`. Chunks
 * wholly below `index` are freed, so the memory held follows the retained window, not the run.
 */
export function evictTraceBefore(s: TraceStore, index: number, objectIndex: number): void {
  if (index > s.base) {
    const drop = Math.min(s.chunks.length, (index - s.chunkBase) >> CHUNK_BITS);
    if (drop > 0) {
      s.chunks = s.chunks.slice(drop);
      s.chunkBase += drop * CHUNK;
    }
    s.base = index;
    if (s.end < index) s.end = index;
  }
  const objectDrop = objectIndex - s.objectBase;
  if (objectDrop > 0) {
    s.objects = s.objects.slice(objectDrop);
    s.objectBase = objectIndex;
  }
}
