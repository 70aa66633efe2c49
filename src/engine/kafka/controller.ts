// The controller's part in failures: a crashed broker is noticed after the broker session timeout,
// its leaderships move to another in-sync replica (or, with unclean election enabled, to any live
// replica, losing records), and a restarted broker's replicas come back as followers.

import { EventKind } from '../world/eventKinds.ts';
import { emit, schedule } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import { gapsAfterTruncation } from './logCompaction.ts';
import { scheduleRequestTimeout } from './produceResponse.ts';
import { isrNames, startFollowerFetch } from './replicaFetcher.ts';
import { storeIndexAt } from './logChain.ts';
import { batchMetaAt } from './recordStore.ts';
import { SEQ_STRIDE, lastSequenceOf, setLastSequence } from './producerSequences.ts';

export function crashBroker(w: World, broker: number): void {
  const b = w.m.brokers[broker]!;
  if (!b.up) return;
  b.up = false;
  b.epoch++;
  emit(w, { atMs: w.m.nowMs, type: 'broker.crashed', broker: w.index.brokers[broker]!.id });
  // Requests waiting at this leader for acks=all will never be answered.
  for (const ps of w.m.partitions) {
    if (ps.leader !== broker) continue;
    for (const a of ps.pendingAcks) {
      const batch = w.m.inflight[a.slot];
      if (batch && batch.attempt === a.attempt && batch.request >= 0)
        scheduleRequestTimeout(w, batch.request);
    }
    ps.pendingAcks = [];
  }
  const detectMs = w.scenario.topology.brokerSessionTimeoutMs ?? 9_000;
  schedule(w, w.m.nowMs + detectMs, EventKind.controllerDetect, broker, b.epoch);
}

/** Handles `controllerDetect`: the controller declares the broker dead and re-elects leaders. */
export function onControllerDetect(w: World, broker: number, epoch: number): void {
  const b = w.m.brokers[broker]!;
  if (b.up || b.epoch !== epoch) return;
  emit(w, {
    atMs: w.m.nowMs,
    type: 'broker.failure.detected',
    broker: w.index.brokers[broker]!.id,
  });
  w.m.partitions.forEach((ps, p) => {
    if (!ps.active) return;
    // Kafka keeps the last member in the ISR even when it is dead, so it can come back as leader.
    if (ps.isr.includes(broker) && ps.isr.length > 1) {
      ps.isr = ps.isr.filter((x) => x !== broker);
      emit(w, {
        atMs: w.m.nowMs,
        type: 'isr.shrunk',
        partition: w.index.partitionNames[p]!,
        broker: w.index.brokers[broker]!.id,
        isr: isrNames(w, p),
        reason: 'broker failed',
      });
    }
    if (ps.leader === broker) electLeader(w, p);
  });
}

/**
 * The partition's log is now the new leader's: segments past its log end belonged to the old
 * leader's records, compaction gaps keep only what its own log justifies, and its log cannot
 * start after it ends.
 */
function trimToLeaderLog(w: World, partition: number, leo: number): void {
  const ps = w.m.partitions[partition]!;
  if (ps.logStartOffset > leo) ps.logStartOffset = leo;
  ps.segments = ps.segments.filter((s) => s.baseOffset < leo);
  ps.compactedAway = gapsAfterTruncation(w, partition, leo);
}

/** Chooses a leader among live replicas: in-sync ones first, any live one only if unclean is allowed. */
export function electLeader(w: World, partition: number): void {
  const ps = w.m.partitions[partition]!;
  const live = ps.replicas.filter((r) => w.m.brokers[r.broker]!.up);
  const clean = live.find((r) => ps.isr.includes(r.broker));
  const topic = w.scenario.topology.topics[w.index.partitionTopic[partition]!]!;
  const chosen = clean ?? (topic.uncleanLeaderElection === true ? live[0] : undefined);
  const name = w.index.partitionNames[partition]!;
  if (!chosen) {
    if (ps.leader >= 0) emit(w, { atMs: w.m.nowMs, type: 'partition.offline', partition: name });
    ps.leader = -1;
    return;
  }
  ps.leader = chosen.broker;
  ps.lastLeader = chosen.broker;
  ps.leaderEpoch++;
  rebuildProducerState(w, partition);
  ps.logEndOffset = chosen.leo;
  trimToLeaderLog(w, partition, chosen.leo);
  // Like Kafka's makeLeader, the new leader knows nothing of its followers until they fetch.
  for (const r of ps.replicas) r.leoAtLeader = r === chosen ? chosen.leo : 0;
  // A follower's fetch parked at the old leader would never be answered, and the new leader would
  // never hear how far that follower got (its high watermark stuck one batch short for good; sweep
  // seed 90611). Kafka's fetcher moves to the new leader on the change, and so do these.
  ps.replicas.forEach((r, j) => {
    if (r !== chosen && r.parked && w.m.brokers[r.broker]!.up) startFollowerFetch(w, partition, j);
  });
  if (!clean) {
    ps.isr = [chosen.broker];
    ps.uncleanElections++;
  }
  emit(w, {
    atMs: w.m.nowMs,
    type: 'partition.leader.elected',
    partition: name,
    leader: w.index.brokers[chosen.broker]!.id,
    leaderEpoch: ps.leaderEpoch,
    unclean: !clean,
    logEndOffset: chosen.leo,
  });
  // An unclean leader may hold fewer records than were committed: the high watermark falls back.
  if (ps.highWatermark > chosen.leo) {
    emit(w, {
      atMs: w.m.nowMs,
      type: 'highWatermark.lowered',
      partition: name,
      from: ps.highWatermark,
      to: chosen.leo,
    });
    ps.highWatermark = chosen.leo;
  }
}

/**
 * A new leader knows only the producer sequences its own log holds, as Kafka rebuilds producer
 * state from the log: batches the old leader appended but never replicated are not duplicates.
 */
function rebuildProducerState(w: World, partition: number): void {
  const ps = w.m.partitions[partition]!;
  const leader = ps.replicas.find((r) => r.broker === ps.leader)!;
  ps.lastSequence.fill(-1);
  let missing = ps.lastSequence.length / SEQ_STRIDE;
  for (let o = leader.leo - 1; o >= ps.logStartOffset && missing > 0; o--) {
    const meta = batchMetaAt(w.logs[partition]!, storeIndexAt(leader.chain, o));
    if (!meta || lastSequenceOf(ps, meta.producer)) continue;
    setLastSequence(
      ps,
      meta.producer,
      meta.epoch,
      meta.baseSequence + meta.count - 1,
      o,
      meta.count,
    );
    missing--;
  }
}

/** A restarted broker registers at once; its replicas follow their leaders and may lead again. */
export function restartBroker(w: World, broker: number): void {
  const b = w.m.brokers[broker]!;
  if (b.up) return;
  b.up = true;
  b.epoch++;
  emit(w, { atMs: w.m.nowMs, type: 'broker.restarted', broker: w.index.brokers[broker]!.id });
  w.m.partitions.forEach((ps, p) => {
    const j = ps.replicas.findIndex((r) => r.broker === broker);
    if (j < 0 || !ps.active) return;
    if (ps.leader < 0) electLeader(w, p);
    if (ps.leader !== broker) startFollowerFetch(w, p, j);
  });
}
