// Folds the trace into the event-time picture of each stream job and each dataflow operator the
// view follows (see timelineTypes.ts). A record appended to one of its source topics becomes a dot
// at (event time, append time); whether it was at or behind its watermark (Flink) or stream time
// (Kafka Streams) is judged against the latest one folded before it, and `window.late.dropped`
// marks it dropped. Events name a stream job by `job`, a dataflow operator by `job` and
// `operator`; a dataflow's events without an operator (checkpoints, failures) go to all its
// operators. The fold depends on the trace alone, so after a seek back it truncates to the shorter
// trace instead of starting over.

import type { TraceEvent } from '../../../engine/index.ts';
import type { TraceFold } from '../traceFollower.ts';
import {
  BEHIND_MARK,
  createRecordColumns,
  DROPPED,
  pushRecord,
  truncateRecords,
  type RecordColumns,
} from './recordColumns.ts';
import type {
  Firing,
  IdleChange,
  JobEvent,
  TimelineJob,
  TimelineJobInput,
  TimelineSnapshot,
  TimeMark,
} from './timelineTypes.ts';

export interface TimelineFoldInput {
  readonly jobs: readonly TimelineJobInput[];
  /** Every partition name, `<topic>-<n>`. */
  readonly partitions: readonly string[];
  readonly producers: readonly string[];
}

interface JobState {
  readonly input: TimelineJobInput;
  records: RecordColumns;
  marks: TimeMark[];
  firings: Firing[];
  jobEvents: JobEvent[];
  idleChanges: IdleChange[];
  drops: { readonly record: number; readonly traceIndex: number }[];
  /** Record index by partition name and offset, to find the record a drop names. */
  byOffset: Map<string, number[]>;
  revision: number;
  /** One counter for the whole fold, so a revision is never reused, not even after a reset. */
  readonly counter: { n: number };
  /** The lists as last handed out, reused while unchanged so views can memoise on them. */
  readonly handedOut: Map<readonly unknown[], readonly unknown[]>;
}

/** The event types a dataflow traces per operator, naming it in `operator`. */
const PER_OPERATOR: ReadonlySet<TraceEvent['type']> = new Set([
  'watermark.advanced',
  'window.fired',
  'window.late.dropped',
]);

/** Producers the scenario does not name (none should appear) share this index. */
const UNKNOWN = 0xffff;

function topicOf(partition: string): string {
  return partition.slice(0, Math.max(0, partition.lastIndexOf('-')));
}

function emptyJob(input: TimelineJobInput, counter: { n: number }): JobState {
  counter.n += 1;
  return {
    input,
    records: createRecordColumns(),
    marks: [],
    firings: [],
    jobEvents: [],
    idleChanges: [],
    drops: [],
    byOffset: new Map(),
    revision: counter.n,
    counter,
    handedOut: new Map(),
  };
}

function isBehind(job: JobState, eventMs: number): boolean {
  const mark = job.marks.at(-1)?.valueMs;
  if (mark === undefined) return false;
  return job.input.semantics === 'kafka-streams' ? eventMs < mark : eventMs <= mark;
}

type Appended = Extract<TraceEvent, { type: 'record.appended' }>;

function addRecord(
  job: JobState,
  event: Appended,
  traceIndex: number,
  partition: number,
  producer: number,
): void {
  const index = pushRecord(job.records, {
    eventMs: event.eventTimeMs,
    procMs: event.atMs,
    traceIndex,
    status: isBehind(job, event.eventTimeMs) ? BEHIND_MARK : 0,
    partition,
    producer,
  });
  let offsets = job.byOffset.get(event.partition);
  if (offsets === undefined) job.byOffset.set(event.partition, (offsets = []));
  offsets[event.offset] = index;
  // Kafka Streams has no watermark: stream time is the largest timestamp seen so far.
  const streamTime = job.marks.at(-1)?.valueMs;
  if (
    job.input.semantics === 'kafka-streams' &&
    (streamTime === undefined || event.eventTimeMs > streamTime)
  )
    job.marks.push({ atMs: event.atMs, valueMs: event.eventTimeMs, traceIndex });
}

type Dropped = Extract<TraceEvent, { type: 'window.late.dropped' }>;

function markDropped(job: JobState, event: Dropped, traceIndex: number): void {
  const record = job.byOffset.get(event.partition)?.[event.offset];
  if (record === undefined || record >= job.records.count) return;
  const status = job.records.status[record] ?? 0;
  if ((status & DROPPED) !== 0) return;
  job.records.status[record] = status | DROPPED;
  job.drops.push({ record, traceIndex });
  job.revision = ++job.counter.n;
}

/** Folds one event that names a job (by its `job` field) into that job. */
function addJobEvent(job: JobState, event: TraceEvent, traceIndex: number): void {
  const at = { atMs: event.atMs, traceIndex };
  switch (event.type) {
    case 'watermark.advanced':
      job.marks.push({ ...at, valueMs: event.watermarkMs });
      return;
    case 'window.fired':
      job.firings.push({
        ...at,
        startMs: event.window[0],
        endMs: event.window[1],
        key: event.key,
        value: event.value,
        timing: event.timing,
      });
      return;
    case 'window.late.dropped':
      return markDropped(job, event, traceIndex);
    case 'checkpoint.completed':
      job.jobEvents.push({ ...at, kind: 'checkpoint', checkpoint: event.checkpoint });
      return;
    case 'job.failed':
      job.jobEvents.push({ ...at, kind: 'failed', checkpoint: 0 });
      return;
    case 'job.restored':
      job.jobEvents.push({ ...at, kind: 'restored', checkpoint: event.checkpoint });
      return;
    case 'source.partition.idle':
      job.idleChanges.push({ ...at, partition: event.partition, idle: event.idle });
      return;
    default:
  }
}

function dropFrom<T extends { readonly traceIndex: number }>(list: T[], length: number): void {
  while (list.length > 0 && (list.at(-1)?.traceIndex ?? 0) >= length) list.pop();
}

function truncateJob(job: JobState, length: number): void {
  while (job.drops.length > 0 && (job.drops.at(-1)?.traceIndex ?? 0) >= length) {
    const drop = job.drops.pop();
    if (drop !== undefined)
      job.records.status[drop.record] = (job.records.status[drop.record] ?? 0) & ~DROPPED;
  }
  truncateRecords(job.records, length);
  dropFrom(job.marks, length);
  dropFrom(job.firings, length);
  dropFrom(job.jobEvents, length);
  dropFrom(job.idleChanges, length);
  job.revision = ++job.counter.n;
}

/**
 * A copy of a list for a snapshot, or the previous copy when the list has not changed since. Lists
 * only grow or shrink at the end, in trace order, so length and last trace index tell.
 */
function handOut<T extends { readonly traceIndex: number }>(
  job: JobState,
  list: T[],
): readonly T[] {
  const previous = job.handedOut.get(list) as readonly T[] | undefined;
  if (
    previous !== undefined &&
    previous.length === list.length &&
    previous.at(-1)?.traceIndex === list.at(-1)?.traceIndex
  )
    return previous;
  const copy = list.slice();
  job.handedOut.set(list, copy);
  return copy;
}

function snapshotOf(job: JobState): TimelineJob {
  return {
    id: job.input.id,
    label: job.input.label,
    operator: job.input.operator,
    sourceTopics: job.input.sourceTopics,
    semantics: job.input.semantics,
    graceMs: job.input.graceMs,
    records: { ...job.records },
    marks: handOut(job, job.marks),
    firings: handOut(job, job.firings),
    jobEvents: handOut(job, job.jobEvents),
    idleChanges: handOut(job, job.idleChanges),
    revision: job.revision,
  };
}

/** The jobs under each key `keysOf` gives them, in their own order. */
function groupBy(
  jobs: readonly JobState[],
  keysOf: (job: JobState) => readonly string[],
): Map<string, JobState[]> {
  const groups = new Map<string, JobState[]>();
  for (const job of jobs) {
    for (const key of new Set(keysOf(job))) {
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [job]);
      else group.push(job);
    }
  }
  return groups;
}

function eventRange(jobs: readonly JobState[]): [number, number] | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const { records } of jobs) {
    for (let i = 0; i < records.count; i += 1) {
      const eventMs = records.eventMs[i] ?? 0;
      if (eventMs < min) min = eventMs;
      if (eventMs > max) max = eventMs;
    }
  }
  return min <= max ? [min, max] : null;
}

/**
 * The fold behind the event-time view.
 *
 * @example
 * const store = createTraceDerivedStore(sim, createTimelineFold({ jobs, partitions, producers }));
 */
export function createTimelineFold(
  input: TimelineFoldInput,
): Required<Pick<TraceFold<TimelineSnapshot>, 'reset' | 'add' | 'snapshot' | 'truncate'>> {
  const partitionIndex = new Map(input.partitions.map((name, i) => [name, i]));
  const producerIndex = new Map(input.producers.map((name, i) => [name, i]));
  const counter = { n: 0 };
  let jobs: JobState[] = [];
  let byTopic = new Map<string, JobState[]>();
  let byJob = new Map<string, JobState[]>();
  let range: [number, number] | null = null;

  const start = (): void => {
    jobs = input.jobs.map((job) => emptyJob(job, counter));
    byTopic = groupBy(jobs, (job) => job.input.sourceTopics);
    byJob = groupBy(jobs, (job) => [job.input.job]);
    range = null;
  };
  start();

  const addAppended = (event: Appended, traceIndex: number): void => {
    const readers = byTopic.get(topicOf(event.partition));
    if (readers === undefined) return;
    const partition = partitionIndex.get(event.partition) ?? UNKNOWN;
    const producer = producerIndex.get(event.producer) ?? UNKNOWN;
    for (const job of readers) addRecord(job, event, traceIndex, partition, producer);
    const eventMs = event.eventTimeMs;
    range =
      range === null
        ? [eventMs, eventMs]
        : [Math.min(range[0], eventMs), Math.max(range[1], eventMs)];
  };

  const addNamed = (event: TraceEvent & { readonly job: string }, traceIndex: number): void => {
    const operator = 'operator' in event ? (event.operator ?? null) : null;
    const perOperator = PER_OPERATOR.has(event.type);
    for (const job of byJob.get(event.job) ?? []) {
      // A dataflow's checkpoints and failures concern all its operators; its watermarks, firings
      // and drops only the operator they name (a stream job's name none).
      if (perOperator ? job.input.operator === operator : operator === null)
        addJobEvent(job, event, traceIndex);
    }
  };

  return {
    reset: start,
    add(events, firstIndex) {
      events.forEach((event, k) => {
        if (event.type === 'record.appended') addAppended(event, firstIndex + k);
        else if ('job' in event) addNamed(event, firstIndex + k);
      });
    },
    truncate(length) {
      for (const job of jobs) truncateJob(job, length);
      range = eventRange(jobs);
    },
    snapshot(nowMs) {
      return {
        nowMs,
        jobs: jobs.map(snapshotOf),
        partitions: input.partitions,
        producers: input.producers,
        eventRangeMs: range,
      };
    },
  };
}
