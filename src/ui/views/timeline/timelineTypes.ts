// What the event-time view draws, folded from the trace: per stream job, or per dataflow operator
// that works in event time, the records it reads (event time against processing time), its
// watermark or stream time over processing time, its window firings, its checkpoints and failures,
// and which source partitions went idle. The view calls both a "job" here: one line of time.

import type { RecordColumns } from './recordColumns.ts';

export type JobSemantics = 'flink' | 'kafka-streams';

/** A stream job, or one operator of a dataflow, as the fold needs it, taken from the scenario. */
export interface TimelineJobInput {
  /** Unique in the view: a stream job's id, or `<dataflow>/<operator>` (the operator's entity id). */
  readonly id: string;
  /** What the view calls it: the job's id, or "<operator> in <dataflow>". */
  readonly label: string;
  /** The `job` its trace events name: the stream job's id or the dataflow's. */
  readonly job: string;
  /** The `operator` its trace events name; null for a stream job. */
  readonly operator: string | null;
  /** The topics whose records reach it, directly or through the operators upstream. */
  readonly sourceTopics: readonly string[];
  readonly semantics: JobSemantics;
  /** Kafka Streams' grace period; 0 for Flink jobs and dataflow operators. */
  readonly graceMs: number;
}

/** The watermark (Flink) or the stream time (Kafka Streams) from processing time `atMs` on. */
export interface TimeMark {
  readonly atMs: number;
  readonly valueMs: number;
  readonly traceIndex: number;
}

export type FiringTiming = 'early' | 'on-time' | 'late';

export interface Firing {
  readonly atMs: number;
  readonly startMs: number;
  readonly endMs: number;
  readonly key: string;
  readonly value: number;
  readonly timing: FiringTiming;
  readonly traceIndex: number;
}

export interface JobEvent {
  readonly atMs: number;
  readonly kind: 'checkpoint' | 'failed' | 'restored';
  /** The checkpoint completed or restored (0: started over); 0 for a failure. */
  readonly checkpoint: number;
  readonly traceIndex: number;
}

export interface IdleChange {
  readonly atMs: number;
  readonly partition: string;
  readonly idle: boolean;
  readonly traceIndex: number;
}

export interface TimelineJob {
  readonly id: string;
  readonly label: string;
  readonly operator: string | null;
  readonly sourceTopics: readonly string[];
  readonly semantics: JobSemantics;
  readonly graceMs: number;
  /** Shared typed columns; only indices below `records.count` are this snapshot's. */
  readonly records: Readonly<RecordColumns>;
  readonly marks: readonly TimeMark[];
  readonly firings: readonly Firing[];
  readonly jobEvents: readonly JobEvent[];
  readonly idleChanges: readonly IdleChange[];
  /**
   * Goes up whenever records already folded change (one was dropped, or a seek back removed
   * some), so a canvas that draws only new records knows to draw everything again.
   */
  readonly revision: number;
}

export interface TimelineSnapshot {
  readonly nowMs: number;
  readonly jobs: readonly TimelineJob[];
  /** Partition names, indexed by `records.partition`. */
  readonly partitions: readonly string[];
  /** Producer names, indexed by `records.producer`. */
  readonly producers: readonly string[];
  /** Smallest and largest event time read so far, or null before the first record. */
  readonly eventRangeMs: readonly [number, number] | null;
}
