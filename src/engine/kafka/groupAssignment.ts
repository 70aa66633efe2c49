// The group leader's assignment step: gather each member's subscription and owned partitions and
// run the group's assignor. The leader is a consumer in Kafka; running it at the coordinator when
// the leader's SyncGroup arrives gives the same result, since the inputs are fixed at join time.

import type { World } from '../world/worldTypes.ts';
import { assignPartitions } from './assignors/assignPartitions.ts';
import { activePartitionCount } from './topicPartitions.ts';

export function computeAssignment(w: World, group: number): Record<string, string[]> {
  const spec = w.scenario.topology.consumerGroups[group]!;
  const g = w.m.groups[group]!;
  const partitionsPerTopic: Record<string, number> = {};
  w.index.topics.forEach((t, ti) => {
    // The partitions that exist now: a topic may have grown since the run began.
    if (spec.topics.includes(t.name)) partitionsPerTopic[t.name] = activePartitionCount(w, ti);
  });
  const members: Record<
    string,
    { topics: string[]; groupInstanceId?: string; owned?: string[]; generation?: number }
  > = {};
  for (const m of g.members) {
    members[m.memberId] = {
      topics: [...spec.topics],
      ...(m.groupInstanceId !== null ? { groupInstanceId: m.groupInstanceId } : {}),
      owned: m.owned,
      generation: m.ownedGeneration,
    };
  }
  return assignPartitions(spec.assignor, { partitionsPerTopic, members });
}
