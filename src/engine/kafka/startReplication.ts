// Starts what replication needs at time 0: every follower's fetch loop, and the leader's periodic
// ISR check (every half `replica.lag.time.max.ms`, as Kafka schedules it). Worlds where every
// topic has one replica schedule nothing, so they pay nothing for replication.

import { EventKind } from '../world/eventKinds.ts';
import { schedule } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import { startFollowerFetch } from './replicaFetcher.ts';

export function startReplication(w: World): void {
  let lagMaxMs = Infinity;
  w.m.partitions.forEach((ps, p) => {
    if (ps.replicas.length < 2 || !ps.active) return;
    const topic = w.scenario.topology.topics[w.index.partitionTopic[p]!]!;
    lagMaxMs = Math.min(lagMaxMs, topic.replicaLagTimeMaxMs ?? 30_000);
    ps.replicas.forEach((r, j) => {
      if (r.broker !== ps.leader) startFollowerFetch(w, p, j);
    });
  });
  if (lagMaxMs === Infinity) return;
  const interval = Math.max(1, Math.floor(lagMaxMs / 2));
  schedule(w, interval, EventKind.isrCheck, interval);
}

/** Starts Kafka's periodic log tasks when some topic needs them: retention checks and the cleaner. */
export function startLogTasks(w: World): void {
  const topics = w.scenario.topology.topics;
  const retention = topics.some(
    (t) => t.retentionMs !== undefined || t.retentionRecords !== undefined,
  );
  const compaction = topics.some((t) => (t.cleanupPolicy ?? 'delete').includes('compact'));
  if (retention) {
    const interval = w.scenario.topology.logRetentionCheckIntervalMs ?? 300_000;
    schedule(w, interval, EventKind.retentionCheck, interval);
  }
  if (compaction) {
    const interval = w.scenario.topology.logCleanerBackoffMs ?? 15_000;
    schedule(w, interval, EventKind.logCleaner, interval);
  }
}
