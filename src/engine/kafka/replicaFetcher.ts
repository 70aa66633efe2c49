// Followers copy their leader's log by fetching, as Kafka's replica fetcher threads do. A fetch
// that reaches the leader tells it how far the follower has got (which moves the high watermark
// and the ISR); the response brings the follower up to the leader's log end. A fetch that finds
// nothing new waits at the leader until a record arrives (long polling).

import { EventKind } from '../world/eventKinds.ts';
import { emit, schedule } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import { chainPrefix, divergenceOffset } from './logChain.ts';
import { linkBlocked } from './networkFaults.ts';
import { advanceHighWatermark } from './partitionLog.ts';

/** Fetch round trips use the fixed part of the link delay: replication traffic has no jitter here. */
function linkMs(w: World, broker: number): number {
  return Math.max(
    1,
    Math.ceil((w.index.brokers[broker]!.delayUs * w.m.brokers[broker]!.slowFactor) / 1000),
  );
}

/** Starts the fetch loop of the replica at index `j` of `partition` (its broker must be up). */
export function startFollowerFetch(w: World, partition: number, j: number): void {
  const r = w.m.partitions[partition]!.replicas[j]!;
  r.parked = false;
  r.responseUpTo = -1;
  schedule(
    w,
    w.m.nowMs + linkMs(w, r.broker),
    EventKind.replicaFetchAtLeader,
    partition,
    j,
    w.m.brokers[r.broker]!.epoch,
  );
}

function isrNames(w: World, partition: number): string[] {
  return w.m.partitions[partition]!.isr.map((b) => w.index.brokers[b]!.id);
}

/** A follower whose log parted from the leader's cuts it back to where they agree. */
function truncateDiverged(w: World, partition: number, j: number): void {
  const ps = w.m.partitions[partition]!;
  const r = ps.replicas[j]!;
  const leader = ps.replicas.find((x) => x.broker === ps.leader)!;
  const agree = divergenceOffset(r.chain, r.leo, leader.chain, leader.leo);
  if (agree < r.leo) {
    emit(w, {
      atMs: w.m.nowMs,
      type: 'replica.truncated',
      partition: w.index.partitionNames[partition]!,
      broker: w.index.brokers[r.broker]!.id,
      fromOffset: r.leo,
      toOffset: agree,
    });
    r.leo = agree;
  }
  r.chain = chainPrefix(leader.chain, r.leo);
}

/** Handles `replicaFetchAtLeader`: the follower's fetch request reaches the current leader. */
export function onReplicaFetchAtLeader(
  w: World,
  partition: number,
  j: number,
  brokerEpoch: number,
): void {
  const ps = w.m.partitions[partition]!;
  const r = ps.replicas[j]!;
  const follower = w.m.brokers[r.broker]!;
  if (!follower.up || follower.epoch !== brokerEpoch || ps.leader === r.broker) return;
  const cut =
    ps.leader >= 0 && linkBlocked(w, w.index.brokers[r.broker]!.id, w.index.brokers[ps.leader]!.id);
  if (ps.leader < 0 || !w.m.brokers[ps.leader]!.up || cut) {
    // No leader to fetch from yet: try again after a back-off, as the fetcher thread does.
    schedule(w, w.m.nowMs + 100, EventKind.replicaFetchAtLeader, partition, j, brokerEpoch);
    return;
  }
  truncateDiverged(w, partition, j);
  r.leoAtLeader = r.leo;
  if (r.leo >= ps.logEndOffset) r.lastCaughtUpMs = w.m.nowMs;
  maybeExpandIsr(w, partition, j);
  advanceHighWatermark(w, partition);
  if (ps.logEndOffset > r.leo) respond(w, partition, j);
  else r.parked = true;
}

function respond(w: World, partition: number, j: number): void {
  const ps = w.m.partitions[partition]!;
  const r = ps.replicas[j]!;
  r.parked = false;
  r.responseUpTo = ps.logEndOffset;
  schedule(
    w,
    w.m.nowMs + linkMs(w, r.broker),
    EventKind.replicaFetchResponse,
    partition,
    j,
    w.m.brokers[r.broker]!.epoch,
  );
}

/** Called after the leader appends: parked fetches are answered at once. */
export function wakeParkedFollowers(w: World, partition: number): void {
  const ps = w.m.partitions[partition]!;
  ps.replicas.forEach((r, j) => {
    if (r.parked && r.broker !== ps.leader) respond(w, partition, j);
  });
}

/** Handles `replicaFetchResponse`: the follower appends what the leader sent and fetches again. */
export function onReplicaFetchResponse(
  w: World,
  partition: number,
  j: number,
  brokerEpoch: number,
): void {
  const ps = w.m.partitions[partition]!;
  const r = ps.replicas[j]!;
  const follower = w.m.brokers[r.broker]!;
  if (!follower.up || follower.epoch !== brokerEpoch || r.responseUpTo < 0) return;
  const leader = ps.replicas.find((x) => x.broker === ps.leader);
  if (leader && r.responseUpTo > r.leo) {
    r.leo = Math.min(r.responseUpTo, leader.leo);
    r.chain = chainPrefix(leader.chain, r.leo);
  }
  r.responseUpTo = -1;
  schedule(
    w,
    w.m.nowMs + linkMs(w, r.broker),
    EventKind.replicaFetchAtLeader,
    partition,
    j,
    brokerEpoch,
  );
}

/** A follower that has caught up to the high watermark rejoins the ISR. */
function maybeExpandIsr(w: World, partition: number, j: number): void {
  const ps = w.m.partitions[partition]!;
  const r = ps.replicas[j]!;
  // Kafka lets a follower back in once its log end reaches the high watermark.
  if (ps.isr.includes(r.broker) || r.leo < ps.highWatermark) return;
  ps.isr = ps.replicas.map((x) => x.broker).filter((b) => ps.isr.includes(b) || b === r.broker);
  emit(w, {
    atMs: w.m.nowMs,
    type: 'isr.expanded',
    partition: w.index.partitionNames[partition]!,
    broker: w.index.brokers[r.broker]!.id,
    isr: isrNames(w, partition),
  });
}

/** Handles `isrCheck`: followers not caught up for `replica.lag.time.max.ms` leave the ISR. */
export function onIsrCheck(w: World, intervalMs: number): void {
  w.m.partitions.forEach((ps, p) => {
    if (!ps.active || ps.leader < 0 || !w.m.brokers[ps.leader]!.up || ps.replicas.length < 2)
      return;
    const topic = w.scenario.topology.topics[w.index.partitionTopic[p]!]!;
    const lagMax = topic.replicaLagTimeMaxMs ?? 30_000;
    for (const r of ps.replicas) {
      if (r.broker === ps.leader || !ps.isr.includes(r.broker)) continue;
      // A fetch parked at the leader's log end is as caught up as a follower can be.
      const caughtUp = r.parked && r.leo >= ps.logEndOffset ? w.m.nowMs : r.lastCaughtUpMs;
      if (w.m.nowMs - caughtUp <= lagMax) continue;
      ps.isr = ps.isr.filter((b) => b !== r.broker);
      emit(w, {
        atMs: w.m.nowMs,
        type: 'isr.shrunk',
        partition: w.index.partitionNames[p]!,
        broker: w.index.brokers[r.broker]!.id,
        isr: isrNames(w, p),
        reason: 'replica.lag.time.max.ms exceeded',
      });
      advanceHighWatermark(w, p);
    }
  });
  schedule(w, w.m.nowMs + intervalMs, EventKind.isrCheck, intervalMs);
}

export { isrNames };
