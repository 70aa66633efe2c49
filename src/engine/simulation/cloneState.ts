// A hand-written deep copy of the mutable engine state for keyframes. structuredClone does the same
// job about five times slower on this shape; keyframes are taken often enough for that to matter.
// When a field is added to MutableState, the type checker points here, since every field is listed.
// Fields are listed in createWorld's order so that the copy keeps the original's hidden class (see
// sameShapeCopies.ts).

import { cloneDataflowState } from '../dataflow/cloneDataflowState.ts';
import { cloneEventQueue } from '../core/eventQueue.ts';
import { cloneWindowOperatorState } from '../flink/windowOperatorState.ts';
import type { GroupCoordinatorState } from '../world/consumerState.ts';
import type { KsWindowState } from '../world/streamJobState.ts';
import type { MutableState } from '../world/worldTypes.ts';
import {
  copyBatch,
  copyRequest,
  copyBroker,
  copyConsumer,
  copyPartition,
  copyProducer,
} from './sameShapeCopies.ts';

function cloneKsState(ks: KsWindowState): KsWindowState {
  const panes: KsWindowState['panes'] = {};
  for (const [id, p] of Object.entries(ks.panes)) panes[id] = { ...p };
  return { streamTimeMs: ks.streamTimeMs, panes };
}

function cloneGroup(g: GroupCoordinatorState): GroupCoordinatorState {
  const assignment: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(g.assignment)) assignment[k] = v.slice();
  return {
    ...g,
    members: g.members.map((m) => ({ ...m, owned: m.owned.slice() })),
    assignment,
    committed: g.committed.slice(),
  };
}

export function cloneState(m: MutableState): MutableState {
  return {
    nowMs: m.nowMs,
    lastEventAtMs: m.lastEventAtMs,
    steps: m.steps,
    queue: cloneEventQueue(m.queue),
    interventionCursor: m.interventionCursor,
    producers: m.producers.map(copyProducer),
    consumers: m.consumers.map(copyConsumer),
    groups: m.groups.map(cloneGroup),
    partitions: m.partitions.map(copyPartition),
    brokers: m.brokers.map(copyBroker),
    inflight: m.inflight.map(copyBatch),
    requests: m.requests.map(copyRequest),
    queues: m.queues.map((q) => ({
      messages: q.messages.map((msg) => ({ ...msg })),
      ready: q.ready.slice(),
    })),
    streamJobs: m.streamJobs.map((j) => ({
      ...j,
      partitions: j.partitions.map((p) => ({ ...p })),
      window: cloneWindowOperatorState(j.window),
      ks: cloneKsState(j.ks),
      earlyDirty: { ...j.earlyDirty },
      output: j.output.slice(),
      staged: j.staged.slice(),
      stagedForPending: j.stagedForPending.slice(),
    })),
    // Snapshots inside a job state are never edited once taken, so they are shared.
    dataflows: m.dataflows.map(cloneDataflowState),
    queueProducers: m.queueProducers.map((p) => ({
      ...p,
      rng: [p.rng[0], p.rng[1], p.rng[2], p.rng[3]],
    })),
    queueConsumers: m.queueConsumers.map((c) => ({
      ...c,
      rng: [c.rng[0], c.rng[1], c.rng[2], c.rng[3]],
      inHand: c.inHand.map((h) => ({ ...h })),
    })),
    freeInflight: m.freeInflight.slice(),
    freeRequests: m.freeRequests.slice(),
    appendedCount: m.appendedCount,
    blockedLinks: m.blockedLinks.slice(),
    pausesStarted: m.pausesStarted,
    poisonSeen: m.poisonSeen,
    traceLength: m.traceLength,
    traceObjectCount: m.traceObjectCount,
  };
}
