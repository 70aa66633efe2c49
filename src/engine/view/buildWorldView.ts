// Builds the read-only WorldView from engine state. Called at most once per simulation move, so
// it favours clarity over speed; partition records are read through, not copied.

import { buildDataflowViews } from './buildDataflowViews.ts';
import type { World } from '../world/worldTypes.ts';
import { memberIdOf } from '../kafka/groupMembers.ts';
import { storeIndexAt } from '../kafka/logChain.ts';
import { isRemoved } from '../kafka/logCompaction.ts';
import { storedRecord } from '../kafka/recordStore.ts';
import { recordsByOffset } from './recordsByOffset.ts';
import { MessageState } from '../world/queueState.ts';
import { activePartitionCount } from '../kafka/topicPartitions.ts';
import type {
  ConsumerView,
  GroupView,
  LogRecord,
  PartitionView,
  ProducerView,
  QueueConsumerView,
  QueueView,
  StreamJobView,
  TopicView,
  WorldView,
} from './worldView.ts';

/**
 * The leader's log by offset, read through from the record store (records are columns there, and
 * a record object is built only when a view reads it). Entries past the leader's log end belong to
 * a timeline a seek went back on and are never shown; compaction leaves gaps; once the oldest
 * records were freed, offsets below the log start read as undefined.
 */
function leaderRecords(w: World, i: number): readonly (LogRecord | undefined)[] {
  const ps = w.m.partitions[i]!;
  const shown = ps.leader >= 0 ? ps.leader : ps.lastLeader;
  const leader = ps.replicas.find((r) => r.broker === shown) ?? ps.replicas[0]!;
  const chain = leader.chain;
  const store = w.logs[i]!;
  const removed = ps.compactedAway;
  const identity = chain.length === 1 && chain[0]!.startOffset === 0 && chain[0]!.storeStart === 0;
  const first = store.base > 0 ? ps.logStartOffset : 0;
  return recordsByOffset(first, leader.leo, (o) =>
    removed.length > 0 && isRemoved(removed, o)
      ? undefined
      : storedRecord(store, identity ? o : storeIndexAt(chain, o)),
  );
}

/** Views of the partitions that exist: a slot reserved for a topic to grow into is not shown. */
function partitionViews(w: World): PartitionView[] {
  const brokerId = (b: number) => w.index.brokers[b]!.id;
  const views: PartitionView[] = [];
  w.index.partitionNames.forEach((id, i) => {
    const ps = w.m.partitions[i]!;
    if (!ps.active) return;
    const topic = w.index.topics[w.index.partitionTopic[i]!]!;
    views.push({
      id,
      topic: topic.name,
      partition: i - topic.base,
      leader: ps.leader >= 0 ? brokerId(ps.leader) : null,
      leaderEpoch: ps.leaderEpoch,
      logStartOffset: ps.logStartOffset,
      logEndOffset: ps.logEndOffset,
      highWatermark: ps.highWatermark,
      isr: ps.isr.map(brokerId),
      replicas: ps.replicas.map((r) => ({
        broker: brokerId(r.broker),
        logEndOffset: r.leo,
        inSync: ps.isr.includes(r.broker),
        isLeader: r.broker === ps.leader,
        brokerUp: w.m.brokers[r.broker]!.up,
      })),
      records: leaderRecords(w, i),
    });
  });
  return views;
}

function topicViews(w: World): TopicView[] {
  return w.index.topics.map((t, ti) => ({
    name: t.name,
    partitions: activePartitionCount(w, ti),
    maxPartitions: t.slots,
  }));
}

function consumerViews(w: World): ConsumerView[] {
  return w.index.consumers.map((c, i) => {
    const cs = w.m.consumers[i]!;
    const positions: Record<string, number> = {};
    for (const p of cs.assigned)
      if (cs.positions[p]! >= 0) positions[w.index.partitionNames[p]!] = cs.positions[p]!;
    return {
      id: c.id,
      group: w.index.groups[c.group]!.id,
      memberId: cs.status === 'active' || cs.status === 'joining' ? memberIdOf(w, i) : null,
      status: cs.status,
      assigned: cs.assigned.map((p) => w.index.partitionNames[p]!),
      positions,
      processedCount: cs.processedCount,
      paused: cs.paused,
    };
  });
}

function groupViews(w: World): GroupView[] {
  return w.index.groups.map((gi, i) => {
    const g = w.m.groups[i]!;
    const committed: Record<string, number> = {};
    const lag: Record<string, number> = {};
    for (const p of gi.partitions) {
      const name = w.index.partitionNames[p]!;
      const ps = w.m.partitions[p]!;
      if (!ps.active) continue;
      const c = g.committed[p]!;
      if (c >= 0) committed[name] = c;
      // Kafka's consumer-group lag counts from the committed offset to the high watermark.
      lag[name] = Math.max(0, ps.highWatermark - (c >= 0 ? c : ps.logStartOffset));
    }
    return {
      id: gi.id,
      state: g.state,
      generation: g.generation,
      leader: g.leader,
      assignor: w.scenario.topology.consumerGroups[i]!.assignor,
      members: g.members.map((m) => m.memberId),
      assignment: g.assignment,
      committed,
      lag,
    };
  });
}

function producerViews(w: World): ProducerView[] {
  return w.index.producers.map((p, i) => {
    const st = w.m.producers[i]!;
    return {
      id: p.id,
      topic: w.index.topics[p.topic]!.name,
      running: st.running,
      sentCount: st.sentCount,
      ackedCount: st.ackedCount,
    };
  });
}

function queueViews(w: World): QueueView[] {
  return (w.scenario.topology.queues ?? []).map((spec, q) => {
    const queue = w.m.queues[q]!;
    const count = (state: number) => queue.messages.filter((m) => m.state === state).length;
    return {
      name: spec.name,
      broker: spec.broker,
      ready: queue.ready.length,
      inFlight: count(MessageState.inFlight),
      acked: count(MessageState.acked),
      deadLettered: count(MessageState.deadLettered),
      readyIds: queue.ready.slice(),
    };
  });
}

function queueConsumerViews(w: World): QueueConsumerView[] {
  return (w.scenario.topology.queueConsumers ?? []).map((spec, c) => {
    const st = w.m.queueConsumers[c]!;
    return {
      id: spec.id,
      queue: spec.queue,
      status: st.status,
      inHand: st.inHand.map((h) => h.id),
      processedCount: st.processedCount,
    };
  });
}

/**
 * Records below the high watermark that the job has not read, over every partition of its topic:
 * a partition it has not discovered yet counts from its log start, where it will start reading.
 */
function jobLag(
  w: World,
  base: number,
  active: number,
  partitions: readonly { position: number }[],
): number {
  let lag = 0;
  for (let local = 0; local < active; local++) {
    const ps = w.m.partitions[base + local]!;
    lag += Math.max(0, ps.highWatermark - (partitions[local]?.position ?? ps.logStartOffset));
  }
  return lag;
}

function streamJobViews(w: World): StreamJobView[] {
  return (w.scenario.topology.streamJobs ?? []).map((spec, j) => {
    const job = w.m.streamJobs[j]!;
    const topic = w.index.topics.find((t) => t.name === spec.sourceTopic)!;
    const panes = Object.values(job.window.panes).sort(
      (a, b) => a.window[0] - b.window[0] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    return {
      id: spec.id,
      sourceTopic: spec.sourceTopic,
      watermarkMs: job.watermarkMs,
      partitions: job.partitions.map((sp, local) => ({
        partition: w.index.partitionNames[topic.base + local]!,
        position: sp.position,
        watermarkMs: sp.watermarkMs,
        maxTimestampMs: sp.maxTimestampMs,
        idle: sp.idle,
      })),
      openWindows: panes.map((p) => ({
        key: p.key,
        window: [p.window[0], p.window[1]] as const,
        value: spec.window.aggregate === 'sum' ? p.sum : p.count,
        count: p.count,
      })),
      firedCount: job.firedCount,
      droppedCount: job.droppedCount,
      running: job.running,
      lag: jobLag(
        w,
        topic.base,
        activePartitionCount(w, w.index.topics.indexOf(topic)),
        job.partitions,
      ),
      backpressured: job.backpressured,
      shedCount: job.shedCount,
      lastCheckpoint: job.lastCompleted?.id ?? null,
      sinkOutput: job.output,
      sinkStaged: job.staged.length + job.stagedForPending.length,
    };
  });
}

export function buildWorldView(w: World): WorldView {
  return {
    nowMs: w.m.nowMs,
    seed: w.seed,
    brokers: w.index.brokers.map((b, i) => ({ id: b.id, up: w.m.brokers[i]!.up })),
    topics: topicViews(w),
    partitions: partitionViews(w),
    consumers: consumerViews(w),
    groups: groupViews(w),
    producers: producerViews(w),
    queues: queueViews(w),
    queueConsumers: queueConsumerViews(w),
    streamJobs: streamJobViews(w),
    dataflows: buildDataflowViews(w),
  };
}
