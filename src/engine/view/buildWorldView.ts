// Builds the read-only WorldView from engine state. Called at most once per simulation move, so
// it favours clarity over speed; partition records are shared, not copied.

import type { World } from '../world/worldTypes.ts';
import { memberIdOf } from '../kafka/groupMembers.ts';
import type { ConsumerView, GroupView, PartitionView, ProducerView, WorldView } from './worldView.ts';

function partitionViews(w: World): PartitionView[] {
  return w.index.partitionNames.map((id, i) => {
    const ps = w.m.partitions[i]!;
    const topic = w.index.topics[w.index.partitionTopic[i]!]!;
    return {
      id,
      topic: topic.name,
      partition: i - topic.base,
      leader: w.index.brokers[w.index.leaderOf[i]!]!.id,
      logStartOffset: ps.logStartOffset,
      logEndOffset: ps.logEndOffset,
      records: w.logs[i]!,
    };
  });
}

function consumerViews(w: World): ConsumerView[] {
  return w.index.consumers.map((c, i) => {
    const cs = w.m.consumers[i]!;
    const positions: Record<string, number> = {};
    for (const p of cs.assigned) if (cs.positions[p]! >= 0) positions[w.index.partitionNames[p]!] = cs.positions[p]!;
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
      const c = g.committed[p]!;
      if (c >= 0) committed[name] = c;
      lag[name] = ps.logEndOffset - (c >= 0 ? c : ps.logStartOffset);
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
    return { id: p.id, topic: w.index.topics[p.topic]!.name, running: st.running, sentCount: st.sentCount, ackedCount: st.ackedCount };
  });
}

export function buildWorldView(w: World): WorldView {
  return {
    nowMs: w.m.nowMs,
    seed: w.seed,
    partitions: partitionViews(w),
    consumers: consumerViews(w),
    groups: groupViews(w),
    producers: producerViews(w),
  };
}
