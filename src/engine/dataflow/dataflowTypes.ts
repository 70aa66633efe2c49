// The mutable, JSON-safe state of a running dataflow: channels between subtasks with their
// buffered elements, each subtask's operator state, and the checkpoint in flight. Types only.

import type { RngState } from '../core/prng.ts';
import type { WindowOperatorState } from '../flink/windowOperatorState.ts';
import type { ExprValue } from './expr/index.ts';

/** A record inside a dataflow. `bornAtMs` is when its producer created it, for latency. */
export interface DfRecord {
  key: string;
  value: ExprValue;
  /** Fields added by map, enrich and joins; null while there are none. */
  fields: Record<string, ExprValue> | null;
  /** Event time. */
  ts: number;
  bornAtMs: number;
  /** Where the record entered the dataflow: global partition index and offset. */
  partition: number;
  offset: number;
  /** The window a result belongs to, for window and window-join results. */
  window: [number, number] | null;
}

/**
 * What travels on a channel: a record, a watermark (`ts: null` marks the sender idle, as Flink's
 * WatermarkStatus.IDLE), or a checkpoint barrier. `at` is when it reaches the receiver.
 */
export type DfElement =
  | { t: 'r'; at: number; r: DfRecord }
  | { t: 'w'; at: number; ts: number | null }
  | { t: 'b'; at: number; id: number };

export interface ChannelState {
  queue: DfElement[];
  /** Records in `queue`; the sender has credit while this is below the buffer size. */
  records: number;
  /** The last watermark received, or null before one. */
  watermarkMs: number | null;
  idle: boolean;
  /** The barrier this channel delivered while its receiver waits for the others, or null. */
  blockedBy: number | null;
  /** Records ever put on this channel: the load offered to its receiver (overloadPolicy.ts). */
  sent: number;
}

/** One Kafka partition a source subtask reads, with Flink's per-partition watermark. */
export interface DfSourcePartition {
  partition: number;
  position: number;
  maxTimestampMs: number | null;
  watermarkMs: number | null;
  lastRecordAtMs: number;
  idle: boolean;
}

export interface AggregateEntry {
  count: number;
  sum: number;
  min: number | null;
  max: number | null;
  /** Distinct values seen (as strings), for `distinct`. */
  seen: Record<string, true> | null;
  writtenAtMs: number;
}

export interface SinkRow {
  key: string;
  value: ExprValue;
  window: [number, number] | null;
  atMs: number;
  latencyMs: number;
}

/** Per-kind operator state. Stateless operators keep `{ kind: 'none' }`. */
export type OperatorState =
  | { kind: 'none' }
  | {
      kind: 'source';
      partitions: DfSourcePartition[];
      next: number;
      lastWatermarkMs: number | null;
      idle: boolean;
    }
  | { kind: 'aggregate'; keys: Record<string, AggregateEntry> }
  | { kind: 'window'; window: WindowOperatorState }
  | { kind: 'tableJoin'; rows: Record<string, ExprValue>; positions: number[] }
  | {
      kind: 'intervalJoin';
      left: Record<string, DfRecord[]>;
      right: Record<string, DfRecord[]>;
    }
  | {
      kind: 'windowJoin';
      panes: Record<
        string,
        { key: string; window: [number, number]; left: DfRecord[]; right: DfRecord[] }
      >;
    }
  | { kind: 'materialize'; rows: Record<string, { value: ExprValue; writtenAtMs: number }> }
  | { kind: 'sink'; staged: SinkRow[] };

export interface SubtaskState {
  op: OperatorState;
  /** Elements produced while downstream had no credit, in order; nothing is read until they go. */
  pending: { channel: number; el: DfElement }[];
  /** The subtask's watermark: the minimum over its active input channels; it never goes back. */
  watermarkMs: number | null;
  /** Capacity carried between ticks, in records × 1000. */
  budgetCarry: number;
  /** Round-robin pointers: the next input channel to read and the next rebalance target. */
  nextInput: number;
  nextTarget: number;
  /** The barrier this subtask is aligning, and since when, or null. */
  aligning: { id: number; sinceMs: number } | null;
  processed: number;
  /** True while it could not send everything it produced. */
  blocked: boolean;
  /** True while every input is idle; downstream then ignores this subtask's watermark. */
  idle: boolean;
  /** The overload policy's measure of offered load, or null for backpressure (overloadPolicy.ts). */
  overload: OverloadWatch | null;
}

/**
 * One measuring period of a subtask whose operator sheds or samples: the records waiting when it
 * began plus those offered since, against what the subtask can process in a period.
 */
export interface OverloadWatch {
  periodEndsAtMs: number;
  /** Records offered so far (sum of input channels' `sent`, or of its partitions' high watermarks). */
  offeredMark: number;
  /** Records waiting for the subtask when the period began. */
  backlogAtStart: number;
  /** Whether the last complete period offered more than the subtask can process. */
  over: boolean;
}

/** Records an operator dropped over capacity since the last report (a metrics sample). */
export interface OverloadCount {
  shed: number;
  kept: number;
  dropped: number;
}

export interface DfSnapshot {
  readonly id: number;
  /** Operator state per operator and subtask, taken as each subtask aligned the barrier. */
  readonly states: (OperatorState | null)[][];
}

export interface DfPendingCheckpoint {
  id: number;
  startedAtMs: number;
  states: (OperatorState | null)[][];
  /** Terminal subtasks (sinks, or operators nothing reads) that acknowledged. */
  acks: number;
}

export interface DataflowState {
  running: boolean;
  /** Bumped on failure, so the events of a failed attempt are ignored. */
  attempt: number;
  /** Per operator (plan order), per subtask. */
  subtasks: SubtaskState[][];
  channels: ChannelState[];
  /** Per operator, the minimum watermark over its subtasks, as last reported to the trace. */
  opWatermarks: (number | null)[];
  nextWatermarkAtMs: number;
  nextMetricsAtMs: number;
  nextCheckpointId: number;
  pending: DfPendingCheckpoint | null;
  lastCompleted: DfSnapshot | null;
  /** Transactional sinks: rows pre-committed per checkpoint id, committed when it completes. */
  precommitted: { id: number; sink: number; rows: SinkRow[] }[];
  /** Rows readers of each sink can see, by sink operator index. Rows are never edited once made. */
  outputs: Record<number, SinkRow[]>;
  /** Idempotent sinks: the position in `outputs` of each row identity (key and window). */
  upsertIndex: Record<number, Record<string, number>>;
  /** Since the last metrics sample: records read by sources and sink latencies. */
  readSinceSample: number;
  /** When the last metrics sample was taken (the start, before the first). */
  lastSampleAtMs: number;
  latenciesSinceSample: number[];
  lastCheckpointDurationMs: number | null;
  /** Source backpressure as shown: on when a source is blocked, off after a quiet spell. */
  backpressured: boolean;
  lastBlockedAtMs: number;
  /** Per operator, what its shedding or sampling dropped since the last metrics sample. */
  overloadCounts: OverloadCount[];
  /** Per operator and subtask, its random stream for sampling, made at its first draw. */
  sampleRngs: (RngState | null)[][];
}
