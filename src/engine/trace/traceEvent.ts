// The domain events the engine appends to its trace. The trace is the product's spine: the UI
// animates from it, the tests assert on it and golden files store it. Every event is plain,
// JSON-safe data with `atMs` (virtual milliseconds) and a dotted `type`.

import type { Intervention } from '../model/scenarioModel.ts';

/** Kafka's classic group coordinator states. */
export type GroupState =
  | 'Empty'
  | 'PreparingRebalance'
  | 'CompletingRebalance'
  | 'Stable'
  | 'Dead';

/** A value inside a dataflow, as its expressions compute it. */
export type DataflowValue = number | string | boolean | null;

interface At {
  readonly atMs: number;
}

export type TraceEvent = At &
  (
    | { readonly type: 'sim.started'; readonly seed: number; readonly scenario: string }
    | {
        readonly type: 'batch.sent';
        readonly producer: string;
        readonly partition: string;
        readonly count: number;
        readonly attempt: number;
      }
    | {
        readonly type: 'record.appended';
        readonly partition: string;
        readonly offset: number;
        readonly key: string | null;
        /** Null is a tombstone. */
        readonly value: string | null;
        readonly producer: string;
        readonly eventTimeMs: number;
        readonly producedAtMs: number;
        /** Present only when the record has headers. */
        readonly headers?: Readonly<Record<string, string>>;
      }
    | {
        readonly type: 'batch.acked';
        readonly producer: string;
        readonly partition: string;
        readonly baseOffset: number;
        readonly count: number;
      }
    | {
        readonly type: 'batch.failed';
        readonly producer: string;
        readonly partition: string;
        readonly count: number;
        readonly reason: string;
        readonly willRetry: boolean;
      }
    | {
        readonly type: 'batch.duplicate';
        readonly producer: string;
        readonly partition: string;
        readonly baseOffset: number;
        readonly count: number;
      }
    | {
        readonly type: 'produce.response.dropped';
        readonly producer: string;
        readonly partition: string;
        readonly broker: string;
      }
    | { readonly type: 'broker.crashed'; readonly broker: string }
    | { readonly type: 'broker.restarted'; readonly broker: string }
    | { readonly type: 'broker.failure.detected'; readonly broker: string }
    | {
        readonly type: 'partition.leader.elected';
        readonly partition: string;
        readonly leader: string;
        readonly leaderEpoch: number;
        readonly unclean: boolean;
        readonly logEndOffset: number;
      }
    | { readonly type: 'partition.offline'; readonly partition: string }
    | { readonly type: 'network.partitioned'; readonly between: readonly string[] }
    | { readonly type: 'network.healed'; readonly between: readonly string[] }
    | { readonly type: 'node.paused'; readonly node: string; readonly untilMs: number }
    | { readonly type: 'node.slowed'; readonly node: string; readonly factor: number }
    | { readonly type: 'producer.crashed'; readonly producer: string; readonly lostRecords: number }
    | {
        readonly type: 'consumer.processing.failed';
        readonly consumer: string;
        readonly partition: string;
        readonly offset: number;
        readonly attempt: number;
        readonly action: string;
      }
    | {
        readonly type: 'consumer.record.deadLettered';
        readonly consumer: string;
        readonly partition: string;
        readonly offset: number;
        readonly deadLetterPartition: string;
        readonly deadLetterOffset: number;
      }
    | {
        readonly type: 'segment.rolled';
        readonly partition: string;
        readonly baseOffset: number;
      }
    | {
        readonly type: 'segment.deleted';
        readonly partition: string;
        readonly baseOffset: number;
        readonly endOffset: number;
        readonly reason: string;
        readonly logStartOffset: number;
      }
    | {
        readonly type: 'log.compacted';
        readonly partition: string;
        readonly upToOffset: number;
        readonly removedOffsets: readonly number[];
      }
    | {
        readonly type: 'isr.shrunk';
        readonly partition: string;
        readonly broker: string;
        readonly isr: readonly string[];
        readonly reason: string;
      }
    | {
        readonly type: 'isr.expanded';
        readonly partition: string;
        readonly broker: string;
        readonly isr: readonly string[];
      }
    | {
        readonly type: 'replica.truncated';
        readonly partition: string;
        readonly broker: string;
        readonly fromOffset: number;
        readonly toOffset: number;
      }
    | {
        readonly type: 'highWatermark.lowered';
        readonly partition: string;
        readonly from: number;
        readonly to: number;
      }
    | { readonly type: 'producer.started'; readonly producer: string }
    | { readonly type: 'producer.stopped'; readonly producer: string }
    | { readonly type: 'consumer.started'; readonly consumer: string; readonly group: string }
    | { readonly type: 'consumer.crashed'; readonly consumer: string }
    | { readonly type: 'consumer.left'; readonly consumer: string; readonly reason: string }
    | {
        readonly type: 'consumer.fetched';
        readonly consumer: string;
        readonly partition: string;
        readonly fromOffset: number;
        readonly count: number;
      }
    | {
        readonly type: 'consumer.processed';
        readonly consumer: string;
        readonly partition: string;
        readonly fromOffset: number;
        readonly count: number;
      }
    | {
        readonly type: 'consumer.offset.reset';
        readonly consumer: string;
        readonly partition: string;
        readonly offset: number;
        readonly policy: string;
      }
    | {
        readonly type: 'consumer.seeked';
        readonly consumer: string;
        readonly partition: string;
        readonly offset: number;
      }
    | {
        readonly type: 'consumer.partitions.revoked';
        readonly consumer: string;
        readonly partitions: readonly string[];
      }
    | {
        readonly type: 'consumer.partitions.assigned';
        readonly consumer: string;
        readonly partitions: readonly string[];
      }
    | {
        readonly type: 'offset.committed';
        readonly group: string;
        readonly consumer: string;
        readonly partition: string;
        readonly offset: number;
      }
    | {
        readonly type: 'offset.commit.failed';
        readonly group: string;
        readonly consumer: string;
        readonly partition: string;
        readonly offset: number;
        readonly reason: string;
      }
    | {
        readonly type: 'group.state.changed';
        readonly group: string;
        readonly from: GroupState;
        readonly to: GroupState;
      }
    | {
        readonly type: 'group.member.joined';
        readonly group: string;
        readonly member: string;
      }
    | {
        readonly type: 'group.member.removed';
        readonly group: string;
        readonly member: string;
        readonly reason: string;
      }
    | {
        readonly type: 'group.rebalance.started';
        readonly group: string;
        readonly reason: string;
      }
    | {
        readonly type: 'group.rebalance.completed';
        readonly group: string;
        readonly generation: number;
        readonly leader: string;
        readonly assignment: Readonly<Record<string, readonly string[]>>;
      }
    | { readonly type: 'intervention.applied'; readonly command: Intervention }
    | {
        /** A command the engine could not carry out in the world as it is; nothing changed. */
        readonly type: 'intervention.rejected';
        readonly command: Intervention['type'];
        readonly target: string;
        readonly reason: string;
      }
    | {
        /** A record a person injected through the producer, with an event time they chose. */
        readonly type: 'producer.record.injected';
        readonly producer: string;
        readonly partition: string;
        readonly key: string | null;
        readonly eventTimeMs: number;
      }
    | {
        readonly type: 'producer.clock.skewed';
        readonly producer: string;
        readonly fromSkewMs: number;
        readonly skewMs: number;
      }
    | {
        readonly type: 'producer.burst.started';
        readonly producer: string;
        readonly key: string;
        readonly share: number;
        readonly untilMs: number;
      }
    | { readonly type: 'producer.burst.ended'; readonly producer: string; readonly key: string }
    | {
        /** The group leader's metadata refresh found partitions its group's assignment lacks: it rejoins. */
        readonly type: 'consumer.metadata.updated';
        readonly consumer: string;
        readonly group: string;
        /** Partitions of the subscribed topics now. */
        readonly partitions: number;
      }
    | {
        /** The producer's metadata refresh found its topic with `to` partitions instead of `from`. */
        readonly type: 'producer.metadata.updated';
        readonly producer: string;
        readonly topic: string;
        readonly from: number;
        readonly to: number;
      }
    | {
        /** New partitions exist from now on; keyed records re-map by murmur2 modulo `to`. */
        readonly type: 'topic.partitions.increased';
        readonly topic: string;
        readonly from: number;
        readonly to: number;
      }
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
    | { readonly type: 'state.expired'; readonly job: string; readonly operator: string; readonly subtask: number; readonly count: number }
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
      }
    | {
        readonly type: 'queue.enqueued';
        readonly queue: string;
        readonly message: number;
        readonly key: string | null;
        readonly value: string;
        readonly producer: string;
      }
    | {
        readonly type: 'queue.delivered';
        readonly queue: string;
        readonly message: number;
        readonly consumer: string;
        readonly delivery: number;
      }
    | { readonly type: 'queue.acked'; readonly queue: string; readonly message: number; readonly consumer: string }
    | { readonly type: 'queue.nacked'; readonly queue: string; readonly message: number; readonly consumer: string }
    | { readonly type: 'queue.ack.stale'; readonly queue: string; readonly message: number; readonly consumer: string }
    | { readonly type: 'queue.visibility.expired'; readonly queue: string; readonly message: number; readonly consumer: string }
    | {
        readonly type: 'queue.deadLettered';
        readonly queue: string;
        readonly message: number;
        readonly deadLetterQueue: string;
        readonly deliveries: number;
      }
    | { readonly type: 'queue.consumer.started'; readonly consumer: string; readonly queue: string }
    | { readonly type: 'queue.consumer.crashed'; readonly consumer: string }
  );

export type TraceEventType = TraceEvent['type'];

/** Narrows the union to one member by its `type`. */
export type TraceEventOf<T extends TraceEventType> = Extract<TraceEvent, { type: T }>;
