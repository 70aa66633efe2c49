// Partition discovery for a dataflow's sources (see ../kafka/partitionDiscovery.ts). A partition
// found later goes to the subtask that would have had it from the start (partition p to subtask p
// mod parallelism) and is read from the earliest offset. A restore from a checkpoint taken before
// the discovery forgets it, as Flink's enumerator state does, and the next look finds it again.

import {
  DEFAULT_PARTITION_DISCOVERY_INTERVAL_MS,
  discoverPartitions,
  discoveryDue,
} from '../kafka/partitionDiscovery.ts';
import type { World } from '../world/worldTypes.ts';
import type { DataflowPlan } from './dataflowPlan.ts';
import type { DataflowState } from './dataflowTypes.ts';

/** Looks for new partitions of every source's topic when a discovery is due in this tick. */
export function discoverSourcePartitions(w: World, plan: DataflowPlan, df: DataflowState): void {
  const interval =
    plan.spec.partitionDiscoveryIntervalMs ?? DEFAULT_PARTITION_DISCOVERY_INTERVAL_MS;
  if (!discoveryDue(w.m.nowMs, plan.tickMs, interval)) return;
  plan.ops.forEach((o, op) => {
    if (o.spec.kind !== 'source') return;
    const subtasks = df.subtasks[op]!;
    let known = 0;
    for (const s of subtasks) if (s.op.kind === 'source') known += s.op.partitions.length;
    const { topic, count } = discoverPartitions(
      w,
      { job: plan.spec.id, operator: o.spec.id },
      o.spec.topic,
      known,
    );
    const base = w.index.topics[topic]!.base;
    for (let p = known; p < count; p++) {
      const st = subtasks[p % o.parallelism]!.op;
      if (st.kind !== 'source') continue;
      st.partitions.push({
        partition: base + p,
        position: 0,
        maxTimestampMs: null,
        watermarkMs: null,
        lastRecordAtMs: w.m.nowMs,
        idle: false,
      });
    }
  });
}
