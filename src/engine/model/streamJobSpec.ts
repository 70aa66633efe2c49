// A stream job reading a topic: Flink's watermark strategies, a keyed event-time window and what
// it does when overloaded.

/** Flink's watermark strategies (WatermarkStrategy), generated per source partition. */
export interface WatermarkSpec {
  /**
   * `bounded-out-of-orderness`: max timestamp seen - bound - 1 ms. `ascending`: the same with a
   * bound of 0. `punctuated`: only records with a header `watermark: "true"` move it.
   */
  readonly strategy: 'bounded-out-of-orderness' | 'ascending' | 'punctuated';
  readonly maxOutOfOrdernessMs?: number;
  /** `withIdleness`: a partition silent this long stops holding the watermark back. */
  readonly idleTimeoutMs?: number;
  /** `pipeline.auto-watermark-interval`. Default 200. */
  readonly intervalMs?: number;
}

/** What a job or operator does with records beyond its capacity. */
export type OverloadPolicy = 'backpressure' | 'shed' | 'sample';

/** A keyed event-time window aggregation reading a topic, with Flink's semantics. */
export interface StreamJobSpec {
  readonly id: string;
  /** The topic the source reads, every partition, from the earliest offset. */
  readonly sourceTopic: string;
  /** How often the source polls its partitions. Default 100. */
  readonly pollIntervalMs?: number;
  /**
   * Flink's partition.discovery.interval.ms: how often the source looks for partitions added to
   * its topic. 0 never looks. Default 300000 (5 minutes).
   */
  readonly partitionDiscoveryIntervalMs?: number;
  readonly watermarks: WatermarkSpec;
  readonly window: {
    readonly assigner:
      | { readonly kind: 'tumbling'; readonly sizeMs: number; readonly offsetMs?: number }
      | {
          readonly kind: 'sliding';
          readonly sizeMs: number;
          readonly slideMs: number;
          readonly offsetMs?: number;
        }
      | { readonly kind: 'session'; readonly gapMs: number };
    readonly allowedLatenessMs: number;
    /** `count` counts records; `sum` adds record values read as numbers (non-numbers count as 0). */
    readonly aggregate: 'sum' | 'count';
    readonly accumulation?: 'accumulating' | 'discarding';
    /**
     * Early firings before the watermark closes a window, as Beam's early triggers: every
     * `everyMs` of processing time for windows with new data, and/or every `everyCount` records.
     */
    readonly earlyFiring?: { readonly everyMs?: number; readonly everyCount?: number };
  };
  /**
   * Where window results go. `append` writes every result (duplicates after a recovery show);
   * `idempotent-upsert` keeps the latest result per key and window; `transactional` stages results
   * and commits them when the checkpoint that covers them completes (two-phase commit).
   */
  readonly sink?: { readonly kind: 'append' | 'idempotent-upsert' | 'transactional' };
  /** Aligned checkpoints (`execution.checkpointing.interval`); absent means no checkpoints. */
  readonly checkpoint?: {
    readonly intervalMs: number;
    /** Time for the barrier to pass the job and the sink to acknowledge. Default 50. */
    readonly ackDelayMs?: number;
  };
  /**
   * The job's processing capacity (its slowest operator or sink). Absent means it keeps up with
   * anything. Over capacity, `backpressure` (default) reads less and lag grows, as Flink's
   * credit-based flow control makes the source read less; `shed` drops what it cannot process;
   * `sample` keeps a random `samplePercent` of the records (drawn from the job's own random
   * stream) and drops the rest, and is backpressured only if what it keeps is still too much.
   */
  readonly maxRecordsPerSecond?: number;
  readonly overload?: OverloadPolicy;
  /** With `overload: 'sample'`: the percentage of records kept while over capacity, 1 to 100. */
  readonly samplePercent?: number;
  /** Time from a failure to the job running again from its last checkpoint. Default 1000. */
  readonly restartDelayMs?: number;
  /**
   * Whose window semantics the job follows. `flink` (default): watermarks, allowed lateness.
   * `kafka-streams`: stream time (the largest timestamp seen), a grace period, no watermarks;
   * tumbling and sliding (hopping) windows only.
   */
  readonly semantics?: 'flink' | 'kafka-streams';
  /** Kafka Streams: `ofSizeAndGrace`; a window closes at end + grace in stream time. Default 0. */
  readonly graceMs?: number;
  /** Kafka Streams: emit every update (the default), or only final results (`suppress`). */
  readonly emit?: 'on-update' | 'on-window-close';
}
