// The records one stream job reads, as growable typed columns: event time, processing time (when
// the record reached the log), where it came from and what became of it. Thousands of records cost
// a few typed arrays instead of thousands of objects, and a seek back only lowers `count`.

/** Bits of a record's status. */
export const BEHIND_MARK = 1;
export const DROPPED = 2;

export interface RecordColumns {
  count: number;
  eventMs: Float64Array;
  procMs: Float64Array;
  /** The trace index of the record's `record.appended`, for truncation after a seek back. */
  traceIndex: Float64Array;
  /** BEHIND_MARK: its event time was at or behind the job's watermark (or stream time) when it arrived; DROPPED: the job dropped it as late. */
  status: Uint8Array;
  /** Index into the snapshot's partition names. */
  partition: Uint16Array;
  /** Index into the snapshot's producer names. */
  producer: Uint16Array;
}

const INITIAL_CAPACITY = 1024;

export function createRecordColumns(capacity = INITIAL_CAPACITY): RecordColumns {
  return {
    count: 0,
    eventMs: new Float64Array(capacity),
    procMs: new Float64Array(capacity),
    traceIndex: new Float64Array(capacity),
    status: new Uint8Array(capacity),
    partition: new Uint16Array(capacity),
    producer: new Uint16Array(capacity),
  };
}

function grown<T extends Float64Array | Uint8Array | Uint16Array>(column: T, capacity: number): T {
  const next = new (column.constructor as new (length: number) => T)(capacity);
  next.set(column);
  return next;
}

export interface NewRecord {
  readonly eventMs: number;
  readonly procMs: number;
  readonly traceIndex: number;
  readonly status: number;
  readonly partition: number;
  readonly producer: number;
}

/** Appends a record, doubling the columns when they are full; returns its index. */
export function pushRecord(columns: RecordColumns, record: NewRecord): number {
  if (columns.count === columns.eventMs.length) {
    const capacity = columns.eventMs.length * 2;
    columns.eventMs = grown(columns.eventMs, capacity);
    columns.procMs = grown(columns.procMs, capacity);
    columns.traceIndex = grown(columns.traceIndex, capacity);
    columns.status = grown(columns.status, capacity);
    columns.partition = grown(columns.partition, capacity);
    columns.producer = grown(columns.producer, capacity);
  }
  const i = columns.count;
  columns.eventMs[i] = record.eventMs;
  columns.procMs[i] = record.procMs;
  columns.traceIndex[i] = record.traceIndex;
  columns.status[i] = record.status;
  columns.partition[i] = record.partition;
  columns.producer[i] = record.producer;
  columns.count = i + 1;
  return i;
}

/** Forgets the records appended at trace index `length` or later (they are in trace order). */
export function truncateRecords(columns: RecordColumns, length: number): void {
  let count = columns.count;
  while (count > 0 && (columns.traceIndex[count - 1] ?? 0) >= length) count -= 1;
  columns.count = count;
}
