// The trace as the engine stores it: columns of numbers for the event types that occur once per
// record or batch (so recording a million records allocates no event objects for them), and plain
// objects for the rare rest. Events become objects only when someone reads them.
// The store has a logical length: entries past it belong to a timeline a seek went back on.
// Trace indices are absolute sequence numbers: when the oldest entries are evicted (see
// simulation/README.md, "Bounded history"), `base` moves forward and no index changes meaning.

import type { TraceEvent } from './traceEvent.ts';
import {
  createTraceTimes,
  evictTimesBefore,
  entryTimeMs,
  noteEntryTime,
  truncateTimes,
  type TraceTimes,
} from './traceTimes.ts';

/**
 * How an entry is stored. Its row holds a head (the code and, for a column-coded entry, who acted
 * on which partition; see `packHead`) and two numbers x and y that mean different things per code.
 * Its time is kept apart, in runs (traceTimes.ts).
 */
export const TraceCode = {
  /** x: absolute index into the object side table (see `objectBase`). */
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

/** Numbers per entry: the head, x and y, side by side in one row. */
export const TRACE_STRIDE = 3;
/** Where each number sits in an entry's row. */
export const TraceField = { head: 0, x: 1, y: 2 } as const;

/*
 * Rows are packed this tightly because the trace is the largest thing a run writes, and on the
 * machines this runs on every fresh 4 kB page of it costs a page fault of microseconds: rows of
 * three numbers rather than six took 43 MB and about 10k page faults off the standard workload.
 */
const CODE_BITS = 4;
const CODE_MASK = (1 << CODE_BITS) - 1;
const PARTITION_BITS = 16;
const PARTITION_MASK = (1 << PARTITION_BITS) - 1;

/**
 * The head of an entry: its code in the low four bits, then the global partition in sixteen bits
 * and who acted (a producer or consumer index) above them. The scenario limits keep who below
 * 2^11 (at most 128 producers and 512 group members) and the partition below 2^16 (at most 1,024),
 * so the head stays a positive 32-bit number. An object entry's head is its code alone.
 */
export function packHead(code: number, who: number, partition: number): number {
  return (((who << PARTITION_BITS) | partition) << CODE_BITS) | code;
}

export function codeOf(head: number): number {
  return head & CODE_MASK;
}

export function whoOf(head: number): number {
  return head >>> (PARTITION_BITS + CODE_BITS);
}

export function partitionOf(head: number): number {
  return (head >>> CODE_BITS) & PARTITION_MASK;
}

/**
 * One chunk: entries `CHUNK * k` to `CHUNK * (k + 1) - 1` of the run, a row of TRACE_STRIDE
 * numbers each, so recording an event writes one cache line rather than one in each of several arrays.
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
  /** When each entry happened. */
  times: TraceTimes;
}

function createChunk(): TraceChunk {
  return new Int32Array(CHUNK * TRACE_STRIDE);
}

export function createTraceStore(): TraceStore {
  return {
    base: 0,
    end: 0,
    chunkBase: 0,
    objectBase: 0,
    chunks: [],
    objects: [],
    times: createTraceTimes(),
  };
}

/** Where the row of absolute entry `index` starts within its chunk. */
export function traceRowOf(index: number): number {
  return (index & SLOT_MASK) * TRACE_STRIDE;
}

/** The chunk holding absolute entry `index`, which must lie in [s.base, s.end). */
export function traceChunkOf(s: TraceStore, index: number): TraceChunk {
  return s.chunks[(index - s.chunkBase) >> CHUNK_BITS]!;
}

/**
 * Makes room for absolute entry `index`, which happened at `atMs`, and returns its chunk (its row
 * starts at `traceRowOf`).
 */
export function traceChunkFor(s: TraceStore, index: number, atMs: number): TraceChunk {
  if (index < s.base)
    throw new Error(`trace entry ${index} was evicted (the trace starts at ${s.base})`);
  const k = (index - s.chunkBase) >> CHUNK_BITS;
  while (k >= s.chunks.length) s.chunks.push(createChunk());
  if (index >= s.end) s.end = index + 1;
  noteEntryTime(s.times, index, atMs);
  return s.chunks[k]!;
}

/** Stores the event object of entry `index`, whose object index is `objectIndex`. */
export function putTraceObject(s: TraceStore, objectIndex: number, event: TraceEvent): void {
  s.objects[objectIndex - s.objectBase] = event;
}

/** Forgets entries at or past the logical lengths, once the timeline that wrote them is abandoned. */
export function truncateTrace(s: TraceStore, length: number, objectCount: number): void {
  s.end = Math.max(s.base, Math.min(s.end, length));
  truncateTimes(s.times, s.end);
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
    evictTimesBefore(s.times, index);
  }
  const objectDrop = objectIndex - s.objectBase;
  if (objectDrop > 0) {
    s.objects = s.objects.slice(objectDrop);
    s.objectBase = objectIndex;
  }
}

/** The time of absolute entry `index`, which must lie in [s.base, s.end). */
export function traceTimeOf(s: TraceStore, index: number): number {
  return entryTimeMs(s.times, index);
}
