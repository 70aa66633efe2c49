// Builds the initial world of a scenario: empty logs, every entity's state and random stream, and
// the first events (producers starting, consumers joining). Nothing has run yet at time 0.

import { createDataflowState } from '../dataflow/createDataflowState.ts';
import { createEventQueue } from '../core/eventQueue.ts';
import { createStream } from '../core/prng.ts';
import { createTraceStore } from '../trace/traceStore.ts';
import { SEQ_STRIDE } from '../kafka/producerSequences.ts';
import { createRecordStore } from '../kafka/recordStore.ts';
import { createStringTable, internString } from '../kafka/stringTable.ts';
import { createWindowOperatorState } from '../flink/windowOperatorState.ts';
import type { ScenarioModel } from '../model/scenarioModel.ts';
import type { StreamJobSpec } from '../model/streamJobSpec.ts';
import type { ConsumerState, GroupCoordinatorState } from './consumerState.ts';
import type { PartitionState } from './partitionState.ts';
import type { ProducerState } from './producerState.ts';
import type { StreamJobState } from './streamJobState.ts';
import type { World } from './worldTypes.ts';
import { buildStaticIndex, type StaticIndex } from './staticIndex.ts';

function initialProducer(seed: number, index: StaticIndex, p: number): ProducerState {
  const idx = index.producers[p]!;
  return {
    running: false,
    epoch: 0,
    rng: createStream(seed, `producer:${idx.id}`),
    created: 0,
    carryUs: 0,
    scriptIndex: 0,
    stickyPartition: -1,
    roundRobin: 0,
    batches: Array.from({ length: index.topics[idx.topic]!.slots }, () => null),
    open: [],
    senderWakeAtMs: -1,
    nextBatchId: 0,
    sentCount: 0,
    ackedCount: 0,
    linkFreeAtMs: index.brokers.map(() => 0),
    nextSequence: new Array<number>(index.topics[idx.topic]!.slots).fill(0),
    poisonNext: false,
    producerEpoch: 0,
    crashed: false,
    pausedUntilMs: -1,
    partitionCount: index.topics[idx.topic]!.count,
    metadataAtMs: 0,
    clockSkewMs: null,
    burst: null,
    burstSerial: 0,
  };
}

/** Replicas follow Kafka's round-robin placement; the first one is the preferred leader. */
function initialPartition(index: StaticIndex, p: number): PartitionState {
  const replicas = [...index.replicasOf[p]!].map((broker) => ({
    broker,
    leo: 0,
    chain: [{ startOffset: 0, storeStart: 0 }],
    leoAtLeader: 0,
    lastCaughtUpMs: 0,
    parked: false,
    responseUpTo: -1,
  }));
  const topic = index.topics[index.partitionTopic[p]!]!;
  return {
    active: p - topic.base < topic.count,
    logStartOffset: 0,
    logEndOffset: 0,
    highWatermark: 0,
    leader: replicas[0]!.broker,
    lastLeader: replicas[0]!.broker,
    leaderEpoch: 0,
    isr: replicas.map((r) => r.broker),
    replicas,
    storeLength: 0,
    pendingAcks: [],
    uncleanElections: 0,
    segments: [],
    compactedAway: [],
    lastSequence: Array.from({ length: index.producers.length * SEQ_STRIDE }, () => -1),
  };
}

function initialConsumer(partitionCount: number): ConsumerState {
  return {
    status: 'idle',
    metadataAtMs: 0,
    epoch: 0,
    memberSerial: 0,
    generation: -1,
    assigned: [],
    positions: new Array<number>(partitionCount).fill(-1),
    paused: false,
    rejoinNeeded: false,
    joining: false,
    busy: false,
    inProcess: [],
    lastPollAtMs: 0,
    lastAutoCommitAtMs: 0,
    processingCarryUs: 0,
    roundRobinStart: 0,
    processedCount: 0,
    lastAssigned: [],
    pendingSync: -1,
    lostMembership: false,
    pollToken: 0,
    pausedUntilMs: -1,
    slowFactor: 1,
    crashOnCommit: null,
    poison: null,
  };
}

function initialGroup(partitionCount: number): GroupCoordinatorState {
  return {
    state: 'Empty',
    generation: 0,
    leader: null,
    members: [],
    assignment: {},
    committed: new Array<number>(partitionCount).fill(-1),
    joinEpoch: 0,
    initialDelayActive: false,
    newMemberDuringDelay: false,
    joinStartedAtMs: 0,
  };
}

/** Sorts interventions by time, keeping the given order among those at the same time. */
function sortedInterventions(scenario: ScenarioModel) {
  return scenario.interventions
    .map((iv, i) => ({ iv, i }))
    .sort((x, y) => x.iv.atMs - y.iv.atMs || x.i - y.i)
    .map((x) => x.iv);
}

/** A stream job before it starts: reading every partition of its topic from offset 0. */
function initialStreamJob(job: StreamJobSpec, index: StaticIndex): StreamJobState {
  return {
    partitions: Array.from(
      { length: index.topics.find((t) => t.name === job.sourceTopic)?.count ?? 0 },
      () => ({
        position: 0,
        maxTimestampMs: null,
        watermarkMs: null,
        lastRecordAtMs: 0,
        idle: false,
      }),
    ),
    watermarkMs: null,
    window: createWindowOperatorState(),
    ks: { streamTimeMs: null, panes: {} },
    earlyDirty: {},
    lastEarlyFiringMs: 0,
    budgetCarry: 0,
    backpressured: false,
    shedCount: 0,
    nextPartition: 0,
    firedCount: 0,
    droppedCount: 0,
    running: true,
    attempt: 0,
    nextCheckpointId: 1,
    pending: null,
    lastCompleted: null,
    output: [],
    staged: [],
    stagedForPending: [],
  };
}

/**
 * The generated key names (k0, k1, ...) every producer draws from: the longest producer's list,
 * of which the others' are prefixes. They open the string table, so a key's index is its number.
 */
function generatedKeyNames(index: StaticIndex): readonly string[] {
  let names: readonly string[] = [];
  for (const p of index.producers) if (p.keyStrings.length > names.length) names = p.keyStrings;
  return names;
}

export function createWorld(scenario: ScenarioModel, seed: number): World {
  const index = buildStaticIndex(scenario);
  const n = index.partitionNames.length;
  const strings = createStringTable(generatedKeyNames(index));
  return {
    scenario,
    seed,
    index,
    m: {
      nowMs: 0,
      lastEventAtMs: -1,
      steps: 0,
      queue: createEventQueue(),
      interventionCursor: 0,
      producers: index.producers.map((_, p) => initialProducer(seed, index, p)),
      consumers: index.consumers.map(() => initialConsumer(n)),
      groups: index.groups.map(() => initialGroup(n)),
      partitions: index.partitionNames.map((_, p) => initialPartition(index, p)),
      brokers: index.brokers.map(() => ({
        up: true,
        epoch: 0,
        dropAcks: 0,
        ackDelayMs: 0,
        pausedUntilMs: -1,
        slowFactor: 1,
      })),
      inflight: [],
      requests: [],
      queues: (scenario.topology.queues ?? []).map(() => ({ messages: [], ready: [] })),
      streamJobs: (scenario.topology.streamJobs ?? []).map((job) => initialStreamJob(job, index)),
      dataflows: index.dataflows.map((plan) => createDataflowState(plan, index)),
      queueProducers: (scenario.topology.queueProducers ?? []).map((p) => ({
        running: false,
        epoch: 0,
        rng: createStream(seed, `queue-producer:${p.id}`),
        created: 0,
        carryUs: 0,
      })),
      queueConsumers: (scenario.topology.queueConsumers ?? []).map((c) => ({
        status: 'idle' as const,
        epoch: 0,
        rng: createStream(seed, `queue-consumer:${c.id}`),
        inHand: [],
        processedCount: 0,
        carryUs: 0,
      })),
      freeInflight: [],
      freeRequests: [],
      appendedCount: 0,
      blockedLinks: [],
      pausesStarted: 0,
      poisonSeen: false,
      traceLength: 0,
      traceObjectCount: 0,
    },
    logs: index.partitionNames.map((name) => createRecordStore(name, strings)),
    strings,
    writerIds: index.producers.map((p) => internString(strings, p.id)),
    trace: createTraceStore(),
    interventions: sortedInterventions(scenario),
    batchPool: [],
    requestPool: [],
  };
}
