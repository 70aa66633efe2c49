// Copies of the hot engine entities that keep the hidden class (V8 "map") of the originals.
// An object spread makes a copy whose map differs from that of the object literal that created the
// original, so after a seek restored a keyframe every hot function met objects of a second shape
// and deoptimised ("wrong map"); the first seeks ran ten times slower than the straight run. Object
// literals that list the same properties in the same order share one map, so each copy below lists
// its fields in exactly the order of the literal that creates the entity (createWorld.ts,
// producerModel.ts, producerDraws.ts). tests/engine/sameShapeCopies.test.ts checks that order.

import type { ConsumerState } from '../world/consumerState.ts';
import type { BrokerState, PartitionState, ReplicaState } from '../world/partitionState.ts';
import { BATCH_FIELDS } from '../world/producerState.ts';
import type { ProduceRequest, ProducerBatch, ProducerState } from '../world/producerState.ts';

/** A batch, in the order of `newBatch`; extras never change once made, so the copy shares them. */
export function copyBatch(b: ProducerBatch | null): ProducerBatch | null {
  if (b === null) return null;
  return {
    id: b.id,
    producer: b.producer,
    partition: b.partition,
    createdAtMs: b.createdAtMs,
    count: b.count,
    fields: b.fields.slice(0, b.count * BATCH_FIELDS),
    extras: b.extras === null ? null : b.extras.slice(),
    attempt: b.attempt,
    baseOffset: b.baseOffset,
    sentAtMs: b.sentAtMs,
    sentTo: b.sentTo,
    baseSequence: b.baseSequence,
    producerEpoch: b.producerEpoch,
    request: b.request,
    answer: b.answer,
  };
}

/** A produce request, in the order of `newRequest` (producerSender.ts). */
export function copyRequest(r: ProduceRequest | null): ProduceRequest | null {
  if (r === null) return null;
  return {
    producer: r.producer,
    broker: r.broker,
    sentAtMs: r.sentAtMs,
    slots: r.slots.slice(),
    unanswered: r.unanswered,
  };
}

export function copyProducer(p: ProducerState): ProducerState {
  return {
    running: p.running,
    epoch: p.epoch,
    rng: [p.rng[0], p.rng[1], p.rng[2], p.rng[3]],
    created: p.created,
    carryUs: p.carryUs,
    scriptIndex: p.scriptIndex,
    stickyPartition: p.stickyPartition,
    roundRobin: p.roundRobin,
    batches: p.batches.map(copyBatch),
    open: p.open.slice(),
    senderWakeAtMs: p.senderWakeAtMs,
    nextBatchId: p.nextBatchId,
    sentCount: p.sentCount,
    ackedCount: p.ackedCount,
    linkFreeAtMs: p.linkFreeAtMs.slice(),
    nextSequence: p.nextSequence.slice(),
    poisonNext: p.poisonNext,
    producerEpoch: p.producerEpoch,
    crashed: p.crashed,
    pausedUntilMs: p.pausedUntilMs,
    partitionCount: p.partitionCount,
    metadataAtMs: p.metadataAtMs,
    clockSkewMs: p.clockSkewMs,
    // A burst is never edited once set, so it is shared.
    burst: p.burst,
    burstSerial: p.burstSerial,
  };
}

function copyReplica(r: ReplicaState): ReplicaState {
  return {
    broker: r.broker,
    leo: r.leo,
    chain: r.chain.slice(),
    leoAtLeader: r.leoAtLeader,
    lastCaughtUpMs: r.lastCaughtUpMs,
    parked: r.parked,
    responseUpTo: r.responseUpTo,
  };
}

export function copyPartition(p: PartitionState): PartitionState {
  return {
    active: p.active,
    logStartOffset: p.logStartOffset,
    logEndOffset: p.logEndOffset,
    highWatermark: p.highWatermark,
    leader: p.leader,
    lastLeader: p.lastLeader,
    leaderEpoch: p.leaderEpoch,
    isr: p.isr.slice(),
    replicas: p.replicas.map(copyReplica),
    storeLength: p.storeLength,
    pendingAcks: p.pendingAcks.slice(),
    uncleanElections: p.uncleanElections,
    segments: p.segments.map((s) => ({ ...s })),
    compactedAway: p.compactedAway.slice(),
    lastSequence: p.lastSequence.slice(),
  };
}

export function copyConsumer(c: ConsumerState): ConsumerState {
  return {
    status: c.status,
    metadataAtMs: c.metadataAtMs,
    epoch: c.epoch,
    memberSerial: c.memberSerial,
    generation: c.generation,
    assigned: c.assigned.slice(),
    positions: c.positions.slice(),
    paused: c.paused,
    rejoinNeeded: c.rejoinNeeded,
    joining: c.joining,
    busy: c.busy,
    inProcess: c.inProcess.slice(),
    lastPollAtMs: c.lastPollAtMs,
    lastAutoCommitAtMs: c.lastAutoCommitAtMs,
    processingCarryUs: c.processingCarryUs,
    roundRobinStart: c.roundRobinStart,
    processedCount: c.processedCount,
    lastAssigned: c.lastAssigned.slice(),
    pendingSync: c.pendingSync,
    lostMembership: c.lostMembership,
    pollToken: c.pollToken,
    pausedUntilMs: c.pausedUntilMs,
    slowFactor: c.slowFactor,
    crashOnCommit: c.crashOnCommit,
    poison: c.poison === null ? null : { ...c.poison },
  };
}

export function copyBroker(b: BrokerState): BrokerState {
  return {
    up: b.up,
    epoch: b.epoch,
    dropAcks: b.dropAcks,
    ackDelayMs: b.ackDelayMs,
    pausedUntilMs: b.pausedUntilMs,
    slowFactor: b.slowFactor,
  };
}
