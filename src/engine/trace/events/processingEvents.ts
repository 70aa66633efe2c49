// Trace events of stream processing, stream jobs and dataflows alike: sources, watermarks,
// windows, checkpoints and barriers, backpressure and overload, sinks, state and metrics.

import type { DataflowValue } from '../traceValues.ts';

export type ProcessingEvent =
  | {
      /** A job's source found partitions added to its topic and reads them from the earliest offset. */
      readonly type: 'source.partitions.discovered';
      readonly job: string;
      /** The dataflow source operator; absent for a stream job. */
      readonly operator?: string;
      readonly topic: string;
      readonly from: number;
      readonly to: number;
    }
  | {
      readonly type: 'watermark.advanced';
      readonly job: string;
      /** The dataflow operator whose watermark moved; absent for a stream job. */
      readonly operator?: string;
      readonly watermarkMs: number;
    }
  | {
      readonly type: 'window.fired';
      readonly job: string;
      /** The dataflow operator that fired; absent for a stream job. */
      readonly operator?: string;
      readonly key: string;
      readonly window: readonly [number, number];
      readonly value: number;
      readonly timing: 'on-time' | 'late' | 'early';
    }
  | {
      readonly type: 'window.late.dropped';
      readonly job: string;
      /** The dataflow operator (a window or a join) that dropped it; absent for a stream job. */
      readonly operator?: string;
      readonly key: string;
      readonly eventTimeMs: number;
      readonly partition: string;
      readonly offset: number;
    }
  | { readonly type: 'checkpoint.started'; readonly job: string; readonly checkpoint: number }
  | {
      readonly type: 'job.backpressure';
      readonly job: string;
      /** True while records wait because the job is at capacity. */
      readonly active: boolean;
      readonly backlog: number;
    }
  | {
      readonly type: 'records.shed';
      readonly job: string;
      /** The dataflow operator that dropped them; absent for a stream job. */
      readonly operator?: string;
      readonly count: number;
    }
  | {
      /** Over capacity with `overload: "sample"`: records kept and dropped by random sampling. */
      readonly type: 'records.sampled';
      readonly job: string;
      /** The dataflow operator that sampled them; absent for a stream job. */
      readonly operator?: string;
      readonly kept: number;
      readonly dropped: number;
    }
  | {
      readonly type: 'checkpoint.completed';
      readonly job: string;
      readonly checkpoint: number;
      readonly durationMs: number;
    }
  | { readonly type: 'job.failed'; readonly job: string }
  | {
      readonly type: 'job.restored';
      readonly job: string;
      /** The checkpoint restored, or 0 when the job starts over from the beginning. */
      readonly checkpoint: number;
    }
  | {
      readonly type: 'sink.written';
      readonly job: string;
      readonly key: string;
      readonly window: readonly [number, number];
      readonly value: number;
      /** `visible` when readers can see it now; `staged` when it waits for a transaction commit. */
      readonly visibility: 'visible' | 'staged';
    }
  | {
      readonly type: 'sink.committed';
      readonly job: string;
      readonly checkpoint: number;
      readonly count: number;
    }
  | {
      readonly type: 'dataflow.output';
      readonly job: string;
      readonly sink: string;
      readonly key: string;
      readonly value: DataflowValue;
      readonly window: readonly [number, number] | null;
      /** `visible` when readers can see it now; `staged` when it waits for a transaction commit. */
      readonly visibility: 'visible' | 'staged';
      /** From the producer creating the record (or the window firing) to this write. */
      readonly latencyMs: number;
    }
  | {
      readonly type: 'barrier.aligned';
      readonly job: string;
      readonly operator: string;
      readonly subtask: number;
      readonly checkpoint: number;
      /** How long the subtask held inputs back waiting for the barrier on all of them. */
      readonly alignmentMs: number;
    }
  | {
      readonly type: 'state.expired';
      readonly job: string;
      readonly operator: string;
      readonly subtask: number;
      readonly count: number;
    }
  | {
      readonly type: 'table.updated';
      readonly job: string;
      readonly operator: string;
      readonly key: string;
      /** Null deletes the row. */
      readonly value: DataflowValue;
    }
  | {
      readonly type: 'dataflow.metrics';
      readonly job: string;
      readonly recordsPerSecond: number;
      readonly lagRecords: number;
      readonly lagByPartition: Readonly<Record<string, number>>;
      readonly latencyMsP50: number | null;
      readonly latencyMsP95: number | null;
      readonly latencyMsP99: number | null;
      /** Processing time minus the watermark of the operators at the end of the graph. */
      readonly watermarkLagMs: number | null;
      readonly stateEntries: number;
      readonly stateByOperator: Readonly<Record<string, number>>;
      readonly bufferFillPercent: number;
      readonly checkpointDurationMs: number | null;
    }
  | {
      readonly type: 'source.partition.idle';
      readonly job: string;
      readonly partition: string;
      readonly idle: boolean;
    };
