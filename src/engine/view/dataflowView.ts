// What the UI sees of a dataflow: its operators with parallelism and per-subtask load, the edges
// with their partitioning, the checkpoint in flight, and what each sink holds. Types only.

import type { DataflowOperatorKind } from '../model/dataflowModel.ts';
import type { DataflowValue } from '../trace/traceEvent.ts';

export interface DataflowSubtaskView {
  /** Records buffered on the subtask's input channels, and their capacity. */
  readonly bufferedRecords: number;
  readonly bufferCapacity: number;
  /** Elements produced but waiting for credit: non-zero means the subtask is backpressured. */
  readonly pendingOut: number;
  readonly stateEntries: number;
  readonly watermarkMs: number | null;
  readonly idle: boolean;
  /** The barrier this subtask is aligning, or null. */
  readonly aligningCheckpoint: number | null;
  readonly processed: number;
}

export interface DataflowOperatorView {
  readonly id: string;
  readonly kind: DataflowOperatorKind;
  readonly parallelism: number;
  /** A short description of what the operator does, e.g. `where value > 10`. */
  readonly detail: string;
  readonly watermarkMs: number | null;
  readonly subtasks: readonly DataflowSubtaskView[];
}

export interface DataflowEdgeView {
  readonly from: string;
  readonly to: string;
  readonly mode: 'forward' | 'hash' | 'rebalance';
  /** Which input of the receiver the edge feeds: 0, or 1 for the right side of a join. */
  readonly input: 0 | 1;
  /** The route this edge carries from a route operator, or null. */
  readonly port: string | null;
  /** Records on the edge's channels now (in flight or buffered). */
  readonly records: number;
  /** Barriers on the edge's channels now. */
  readonly barriers: number;
}

export interface DataflowSinkRowView {
  readonly key: string;
  readonly value: DataflowValue;
  readonly window: readonly [number, number] | null;
  readonly atMs: number;
}

export interface DataflowView {
  readonly id: string;
  readonly mode: 'continuous' | 'micro-batch';
  readonly running: boolean;
  readonly operators: readonly DataflowOperatorView[];
  readonly edges: readonly DataflowEdgeView[];
  readonly checkpointInFlight: number | null;
  readonly lastCompletedCheckpoint: number | null;
  readonly backpressured: boolean;
  /** Rows readers of each sink can see, by sink operator id. */
  readonly sinks: Readonly<Record<string, readonly DataflowSinkRowView[]>>;
  /** Rows pre-committed or staged by transactional sinks, not yet visible. */
  readonly uncommittedRows: number;
  /** Rows of each materialized table, by operator id, sorted by key. */
  readonly tables: Readonly<
    Record<string, readonly { readonly key: string; readonly value: DataflowValue }[]>
  >;
}
