// The plain-data description of a processing dataflow (a DAG of operators, as a Flink job graph
// or a Kafka Streams topology), as the engine receives it after validation. Expressions are
// strings in the safe language of ../dataflow/expr; nothing here is ever evaluated as code.

import type { OverloadPolicy, WatermarkSpec } from './streamJobSpec.ts';

/** Aligned event-time window assigners, with Flink's names. */
export type DataflowWindowAssigner =
  | { readonly kind: 'tumbling'; readonly sizeMs: number; readonly offsetMs?: number }
  | {
      readonly kind: 'sliding';
      readonly sizeMs: number;
      readonly slideMs: number;
      readonly offsetMs?: number;
    }
  | { readonly kind: 'session'; readonly gapMs: number };

/** The running (non-windowed) aggregates a keyed `aggregate` operator keeps per key. */
export type AggregateFunction = 'count' | 'sum' | 'min' | 'max' | 'avg' | 'distinct';

/** What every operator shares: a unique id, its parallelism and its capacity. */
interface OperatorCommon {
  readonly id: string;
  /** Parallel subtasks. Default 1. */
  readonly parallelism?: number;
  /** Records one subtask can process per second; absent means it keeps up with anything. */
  readonly recordsPerSecond?: number;
  /**
   * What a subtask does while more records come than it can process (see
   * ../dataflow/overloadPolicy.ts): `backpressure` (default) stops granting credit upstream;
   * `shed` drops what it cannot process; `sample` keeps a random `samplePercent` and drops the rest.
   */
  readonly overload?: OverloadPolicy;
  /** With `overload: 'sample'`: the percentage of records kept while over capacity, 1 to 100. */
  readonly samplePercent?: number;
}

/** Keyed state older than this (since its last write) is dropped, as Flink's StateTtlConfig. */
interface Keyed {
  readonly stateTtlMs?: number;
}

export type DataflowOperatorSpec =
  /** Reads every partition of a topic from the earliest offset; partition p goes to subtask p mod parallelism. */
  | (OperatorCommon & { readonly kind: 'source'; readonly topic: string })
  /** Sets fields (`key`, `value` or any other name) to expressions of the input record. */
  | (OperatorCommon & {
      readonly kind: 'map';
      readonly input: string;
      readonly set: Readonly<Record<string, string>>;
    })
  | (OperatorCommon & { readonly kind: 'filter'; readonly input: string; readonly where: string })
  /** One output per expression whose value is not null; each becomes the output's `value`. */
  | (OperatorCommon & {
      readonly kind: 'flatMap';
      readonly input: string;
      readonly emit: readonly string[];
    })
  /**
   * Sends each record to the first route whose condition holds, else to `otherwise` (or drops it).
   * Downstream operators read a route as `"<id>.<route name>"`.
   */
  | (OperatorCommon & {
      readonly kind: 'route';
      readonly input: string;
      readonly routes: readonly { readonly name: string; readonly when: string }[];
      readonly otherwise?: string;
    })
  /** Looks the record's key up in a fixed reference table and stores the match in field `as`. */
  | (OperatorCommon & {
      readonly kind: 'enrich';
      readonly input: string;
      readonly table: Readonly<Record<string, string | number>>;
      readonly as: string;
      /** `null` (default) keeps records without a match, with a null field; `drop` drops them. */
      readonly missing?: 'null' | 'drop';
    })
  /** Re-keys records; the edge behind it is a hash shuffle (Flink's keyBy), so the cost shows. */
  | (OperatorCommon & { readonly kind: 'keyBy'; readonly input: string; readonly key: string })
  /** A running keyed aggregate that emits its new value for every record (a changelog). */
  | (OperatorCommon &
      Keyed & {
        readonly kind: 'aggregate';
        readonly input: string;
        readonly fn: AggregateFunction;
        /** The expression aggregated; default `value`. */
        readonly of?: string;
      })
  /** A keyed event-time window aggregate with Flink's firing, lateness and side-output rules. */
  | (OperatorCommon & {
      readonly kind: 'window';
      readonly input: string;
      readonly assigner: DataflowWindowAssigner;
      readonly allowedLatenessMs: number;
      readonly aggregate: 'sum' | 'count';
      readonly accumulation?: 'accumulating' | 'discarding';
    })
  /**
   * Joins each record with the current row for its key of a table built from a (compacted) topic,
   * read as a changelog: processing-time semantics, as Kafka Streams' KStream-KTable join.
   */
  | (OperatorCommon & {
      readonly kind: 'tableJoin';
      readonly input: string;
      readonly tableTopic: string;
      readonly as: string;
      /** `inner` (default) drops records without a row; `left` keeps them with a null field. */
      readonly join?: 'inner' | 'left';
    })
  /**
   * Flink's interval join: left a and right b with the same key join when
   * a.ts + lowerBoundMs <= b.ts <= a.ts + upperBoundMs (both bounds inclusive).
   */
  | (OperatorCommon &
      Keyed & {
        readonly kind: 'intervalJoin';
        readonly left: string;
        readonly right: string;
        readonly lowerBoundMs: number;
        readonly upperBoundMs: number;
      })
  /** Flink's window join: pairs with the same key in the same window, emitted when it fires. */
  | (OperatorCommon &
      Keyed & {
        readonly kind: 'windowJoin';
        readonly left: string;
        readonly right: string;
        readonly assigner: DataflowWindowAssigner & { readonly kind: 'tumbling' | 'sliding' };
      })
  /** Keeps the latest value per key as a table and emits each change (a changelog stream). */
  | (OperatorCommon & Keyed & { readonly kind: 'materialize'; readonly input: string })
  /**
   * `append` writes every record (duplicates after a recovery show); `idempotent-upsert` keeps the
   * latest per key (and window); `transactional` commits on checkpoint completion.
   */
  | (OperatorCommon & {
      readonly kind: 'sink';
      readonly input: string;
      readonly sink: 'append' | 'idempotent-upsert' | 'transactional';
    });

export type DataflowOperatorKind = DataflowOperatorSpec['kind'];

export interface DataflowSpec {
  readonly id: string;
  /**
   * `continuous` (default) moves each record on as soon as it is processed, as Flink does;
   * `micro-batch` reads and processes everything once per `batchIntervalMs`, as Spark does.
   */
  readonly mode?: 'continuous' | 'micro-batch';
  /** Spark's trigger interval in micro-batch mode. Default 1000. */
  readonly batchIntervalMs?: number;
  /** How often subtasks run in continuous mode. Default 10. */
  readonly tickMs?: number;
  /** Time for an element to cross a network edge between subtasks. Default 5. */
  readonly networkDelayMs?: number;
  /**
   * Records each input channel buffers before its sender runs out of credit. Default 1000, about
   * what Flink's default network buffers (32 KiB, two per channel plus floating ones) hold of
   * records of a hundred bytes.
   */
  readonly bufferRecords?: number;
  /**
   * Flink's partition.discovery.interval.ms: how often the source looks for partitions added to
   * its topic. 0 never looks. Default 300000 (5 minutes).
   */
  readonly partitionDiscoveryIntervalMs?: number;
  readonly watermarks: WatermarkSpec;
  /** Aligned checkpoints (`execution.checkpointing.interval`); absent means none. */
  readonly checkpoint?: {
    readonly intervalMs: number;
    /** Time for a sink to acknowledge a barrier it has aligned. Default 20. */
    readonly ackDelayMs?: number;
  };
  /** Time from a failure to the job running again. Default 1000. */
  readonly restartDelayMs?: number;
  /** How often metrics are sampled into the trace. Default 1000. */
  readonly metricsIntervalMs?: number;
  readonly operators: readonly DataflowOperatorSpec[];
}
