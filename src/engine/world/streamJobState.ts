// The state of a stream job reading a topic: per-partition source positions, its window operator,
// checkpoints and sink. Part of MutableState (worldTypes.ts), so plain data a keyframe can copy.

import type { RngState } from '../core/prng.ts';
import type { WindowOperatorState } from '../flink/windowOperatorState.ts';

export interface SourcePartitionState {
  /** Next offset to read. */
  position: number;
  /** Largest event time read so far, or null before the first record. */
  maxTimestampMs: number | null;
  /** The partition's own watermark, or null while it has none. */
  watermarkMs: number | null;
  lastRecordAtMs: number;
  idle: boolean;
}

/** What a checkpoint holds: everything the job needs to resume as if the failure never happened. */
export interface JobSnapshot {
  readonly id: number;
  readonly partitions: SourcePartitionState[];
  readonly watermarkMs: number | null;
  readonly window: WindowOperatorState;
  readonly ks: KsWindowState;
  /** The early trigger's state: open panes with records no early pane has reported yet. */
  readonly earlyDirty: Readonly<Record<string, true>>;
}

export interface SinkResult {
  readonly key: string;
  readonly window: readonly [number, number];
  readonly value: number;
  readonly atMs: number;
}

/** Kafka Streams window state: stream time and one aggregate per key and window. */
export interface KsWindowState {
  streamTimeMs: number | null;
  panes: Record<
    string,
    { readonly key: string; readonly window: readonly [number, number]; sum: number; count: number }
  >;
}

export interface StreamJobState {
  partitions: SourcePartitionState[];
  /** The operator's watermark: the minimum over active partitions; it never goes back. */
  watermarkMs: number | null;
  window: WindowOperatorState;
  ks: KsWindowState;
  /** Panes with records since their last early firing (pane id to true). */
  earlyDirty: Record<string, true>;
  lastEarlyFiringMs: number;
  /** Capacity carried between polls, in records × 1000, so no fraction of a record is lost. */
  budgetCarry: number;
  backpressured: boolean;
  /** Records dropped over capacity, by shedding or by sampling. */
  shedCount: number;
  /**
   * The job's own random stream for `overload: "sample"`, made at its first draw. Replaced, never
   * edited in place, so a keyframe's shallow copy of the job keeps its own.
   */
  sampleRng?: RngState;
  /** Next partition to read from, so a limited budget is shared fairly. */
  nextPartition: number;
  firedCount: number;
  droppedCount: number;
  running: boolean;
  /** Bumped on failure, so the events of a failed attempt are ignored. */
  attempt: number;
  nextCheckpointId: number;
  /** A checkpoint taken but not yet acknowledged by the sink. */
  pending: (JobSnapshot & { readonly startedAtMs: number }) | null;
  lastCompleted: JobSnapshot | null;
  /** Results visible to readers of the sink, in write order (append and transactional sinks). */
  output: SinkResult[];
  /** Transactional sink: results waiting for their checkpoint to complete. */
  staged: SinkResult[];
  /** Transactional sink: results staged before the pending checkpoint, committed when it completes. */
  stagedForPending: SinkResult[];
}
