// The state of a Kafka producer: its open and in-flight batches, sequence numbers, clock and
// injected bursts. Part of MutableState (worldTypes.ts), so plain data a keyframe can copy.

import type { RngState } from '../core/prng.ts';
import type { LogRecord } from '../view/worldView.ts';

/**
 * A record a producer has created but the broker has not appended yet. It already has the shape
 * of its `record.appended` trace event; the broker fills in the time and offset and then the same
 * object becomes the log entry and the trace entry, which saves two allocations per record.
 */
export type RecordDraft = { -readonly [K in keyof LogRecord]: LogRecord[K] };

/** A producer batch: open while it gathers records, then in flight until acknowledged. */
export interface ProducerBatch {
  id: number;
  producer: number;
  /** Global partition index. */
  partition: number;
  createdAtMs: number;
  readonly records: RecordDraft[];
  attempt: number;
  baseOffset: number;
  /** When the current attempt was sent; a lost request times out `request.timeout.ms` later. */
  sentAtMs: number;
  /** Broker index the current attempt was sent to. */
  sentTo: number;
  /** Idempotent producers number records per partition; -1 when idempotence is off. */
  baseSequence: number;
  /** The producer epoch the sequence numbers belong to. */
  producerEpoch: number;
}

export interface ProducerState {
  running: boolean;
  /** Bumped on stop and start, so a stale scheduled record is ignored. */
  epoch: number;
  rng: RngState;
  created: number;
  carryUs: number;
  scriptIndex: number;
  /** Local partition index the sticky partitioner sticks to, or -1. */
  stickyPartition: number;
  roundRobin: number;
  /** Open batch per local partition. */
  batches: (ProducerBatch | null)[];
  nextBatchId: number;
  sentCount: number;
  ackedCount: number;
  /** Next idempotent sequence number per local partition. */
  nextSequence: number[];
  /** The next record created is poison (a fault). */
  poisonNext: boolean;
  /** Bumped when an idempotent batch fails for good: sequence numbers start again at 0. */
  producerEpoch: number;
  /** The process crashed: pending retries die with it. */
  crashed: boolean;
  /** Until when a stop-the-world pause holds this producer, or -1. */
  pausedUntilMs: number;
  /** Per broker: the earliest time the next message on this connection may arrive (TCP order). */
  linkFreeAtMs: number[];
  /** Partitions of its topic the producer's metadata knows of; it partitions records over these. */
  partitionCount: number;
  /** When the producer last fetched metadata (metadata.max.age.ms counts from here). */
  metadataAtMs: number;
  /** The clock skew a `producer.clockSkew` set, in place of the configured one, or null. */
  clockSkewMs: number | null;
  /**
   * A hot-key burst in progress: `permille` of generated records carry `key` until `untilMs`.
   * Replaced, never edited, so keyframes may share it.
   */
  burst: HotKeyBurst | null;
  /** Bumped for each burst, so the end event of an earlier burst is ignored. */
  burstSerial: number;
}

export interface HotKeyBurst {
  readonly key: string;
  readonly permille: number;
  readonly untilMs: number;
}
