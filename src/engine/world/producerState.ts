// The state of a Kafka producer: its open and in-flight batches, sequence numbers, clock and
// injected bursts. Part of MutableState (worldTypes.ts), so plain data a keyframe can copy.

import type { RngState } from '../core/prng.ts';

/**
 * A record a client has created but the broker has not appended yet: what the record will carry,
 * without the time and offset the leader gives it. A producer fills one reused draft per record
 * and its batch copies the fields (see ProducerBatch); a consumer writing to a dead-letter topic
 * appends a draft directly.
 */
export interface RecordDraft {
  readonly key: string | null;
  /** The key's number in the run's string table (World.strings), or -1 for a null key. */
  readonly keyId: number;
  /** The value, null for a tombstone; unused while `valueSeq` is at least 0. */
  readonly value: string | null;
  /** At least 0 for a generated value, `<writer>-<valueSeq>`, which is built only when read; else -1. */
  readonly valueSeq: number;
  /**
   * The number, in the run's string table, of the client that wrote it: a producer, or a consumer
   * writing to a dead-letter topic.
   */
  readonly writerId: number;
  readonly eventTimeMs: number;
  readonly producedAtMs: number;
  readonly headers: Readonly<Record<string, string>> | undefined;
}

/** What few records carry beyond numbers: an explicit value (null for a tombstone), headers. */
export interface RecordExtras {
  readonly value: string | null;
  readonly headers: Readonly<Record<string, string>> | undefined;
}

/** Numbers per record in a batch's `fields`. */
export const BATCH_FIELDS = 4;
/** Where each number of a record sits in a batch's `fields`. */
export const BatchField = { keyId: 0, valueSeq: 1, eventTimeMs: 2, producedAtMs: 3 } as const;

/** A producer batch: open while it gathers records, then in flight until acknowledged. */
export interface ProducerBatch {
  id: number;
  producer: number;
  /** Global partition index. */
  partition: number;
  createdAtMs: number;
  /** Records in the batch. */
  count: number;
  /**
   * BATCH_FIELDS numbers per record, in the order of `BatchField`: the key's number in the
   * string table (-1 for null), the value sequence, the event time and the produced-at time.
   * Records are kept as numbers, not objects, so making a record allocates nothing. A pooled
   * batch may hold stale numbers past `count * BATCH_FIELDS`; nothing reads them.
   */
  readonly fields: number[];
  /** Per record, its explicit value and headers or null; itself null while no record has any. */
  extras: (RecordExtras | null)[] | null;
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
  /** Slot of the produce request carrying the current attempt, or -1 while none does. */
  request: number;
  /** The broker's answer for this batch: -1 for success, an error code, or -2 while unanswered. */
  answer: number;
}

/**
 * A produce request in flight: the batches one producer sent together to one broker, as Kafka's
 * sender drains every sendable batch for a node into a single request. The broker answers the
 * request once, when it has an answer for every batch in it.
 */
export interface ProduceRequest {
  producer: number;
  /** Broker index the request went to. */
  broker: number;
  sentAtMs: number;
  /** In-flight batch slots, in the order the broker handles them. */
  readonly slots: number[];
  /** Batches still without an answer; -1 once the request has been given up (timed out). */
  unanswered: number;
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
  /** Local partitions with an open batch, oldest batch first (so the sender scans only these). */
  readonly open: number[];
  /**
   * When the sender thread next wakes to send batches whose linger time is up, or -1 when no batch
   * is open. A wake event queued for another time is stale.
   */
  senderWakeAtMs: number;
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
