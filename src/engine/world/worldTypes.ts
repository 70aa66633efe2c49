// The shapes of the engine's state. `MutableState` is everything a keyframe must copy; it is plain
// data (arrays, numbers, strings, typed arrays) so it can be cloned and compared. Append-only
// stores (partition logs, the trace) live beside it and are restored by truncation.

import type { EventQueueState } from '../core/eventQueue.ts';
import type { TimedIntervention } from '../model/interventions.ts';
import type { ScenarioModel } from '../model/scenarioModel.ts';
import type { TraceStore } from '../trace/traceStore.ts';
import type { RecordStore } from '../kafka/recordStore.ts';
import type { StringTable } from '../kafka/stringTable.ts';
import type { StaticIndex } from './staticIndex.ts';
import type { DataflowState } from '../dataflow/dataflowTypes.ts';
import type { ConsumerState, GroupCoordinatorState } from './consumerState.ts';
import type { BrokerState, PartitionState } from './partitionState.ts';
import type { ProduceRequest, ProducerBatch, ProducerState } from './producerState.ts';
import type { QueueConsumerState, QueueProducerState, QueueState } from './queueState.ts';
import type { StreamJobState } from './streamJobState.ts';

export interface MutableState {
  nowMs: number;
  /** Time of the last processed event or intervention, or -1. */
  lastEventAtMs: number;
  steps: number;
  queue: EventQueueState;
  interventionCursor: number;
  producers: ProducerState[];
  consumers: ConsumerState[];
  groups: GroupCoordinatorState[];
  partitions: PartitionState[];
  brokers: BrokerState[];
  inflight: (ProducerBatch | null)[];
  /** Produce requests on the wire or awaiting their answer, by slot. */
  requests: (ProduceRequest | null)[];
  queues: QueueState[];
  streamJobs: StreamJobState[];
  dataflows: DataflowState[];
  queueProducers: QueueProducerState[];
  queueConsumers: QueueConsumerState[];
  freeInflight: number[];
  freeRequests: number[];
  appendedCount: number;
  /** Network partitions in force, each as "a|b" with the two node ids sorted. */
  blockedLinks: string[];
  /** Pauses started so far; while 0 the event loop skips the pause checks. */
  pausesStarted: number;
  /** True once any poison record was appended, so fetches start looking for them. */
  poisonSeen: boolean;
  /** Logical length of the trace; entries past it belong to a timeline a seek went back on. */
  traceLength: number;
  /** Logical length of the trace's object side table. */
  traceObjectCount: number;
}

export interface World {
  readonly scenario: ScenarioModel;
  readonly seed: number;
  readonly index: StaticIndex;
  m: MutableState;
  /**
   * The record store of each partition, in append order over all leaders. Entries at or past a
   * partition's `storeLength` are left from a timeline a seek went back on, kept so that later
   * keyframes stay valid. Replica chains map offsets to entries; with one replica and no leader
   * change, entry i holds offset i. Entries nothing can reach any more are freed (recordStore.ts).
   */
  readonly logs: RecordStore[];
  /**
   * Keys and writer ids of records, numbered once each (the generated key names first, so a
   * generated key's number is its index), which the record stores refer to.
   */
  readonly strings: StringTable;
  /** Each producer's id as a number in `strings`. */
  readonly writerIds: readonly number[];
  /** The trace store; only the first `m.traceLength` entries are current (see `logs`). */
  readonly trace: TraceStore;
  /** The timeline's interventions, sorted by atMs (stable). */
  readonly interventions: TimedIntervention[];
  /**
   * Acknowledged batches kept for reuse, which spares the garbage collector one object and one
   * array per batch. Nothing else refers to a pooled batch, and keyframes never hold one.
   */
  readonly batchPool: ProducerBatch[];
  /** Answered produce requests kept for reuse, on the same terms as `batchPool`. */
  readonly requestPool: ProduceRequest[];
}
