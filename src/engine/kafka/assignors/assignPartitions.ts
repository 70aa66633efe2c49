// The single entry point for consumer-group partition assignment: normalise the request, run the
// chosen Kafka strategy, and return plain data with every member present and every list sorted.

import type {
  Assignment,
  AssignmentRequest,
  AssignmentStrategy,
  MemberPartitions,
} from './assignmentTypes.ts';
import { assignCooperativeSticky } from './cooperativeStickyAssignor.ts';
import { createGroupView, type GroupView } from './groupView.ts';
import { assignRange } from './rangeAssignor.ts';
import { assignRoundRobin } from './roundRobinAssignor.ts';
import { assignSticky } from './stickyAssignor.ts';
import { compareTopicPartitions, partitionName } from './topicPartition.ts';

/**
 * Assigns partitions to group members as Kafka's client-side assignor named by `strategy` would.
 * The result depends only on the request's content, never on the key order of its records.
 *
 * @example
 * ```ts
 * assignPartitions('range', {
 *   partitionsPerTopic: { t0: 3, t1: 3 },
 *   members: { C0: { topics: ['t0', 't1'] }, C1: { topics: ['t0', 't1'] } },
 * });
 * // { C0: ['t0-0', 't0-1', 't1-0', 't1-1'], C1: ['t0-2', 't1-2'] }
 * ```
 */
export function assignPartitions(
  strategy: AssignmentStrategy,
  request: AssignmentRequest,
): Assignment {
  const view = createGroupView(request);
  const raw = runStrategy(strategy, view);
  return Object.fromEntries(
    view.memberIds.map((id) => [
      id,
      [...(raw.get(id) ?? [])].sort(compareTopicPartitions).map(partitionName),
    ]),
  );
}

function runStrategy(strategy: AssignmentStrategy, view: GroupView): MemberPartitions {
  switch (strategy) {
    case 'range':
      return assignRange(view);
    case 'roundrobin':
      return assignRoundRobin(view);
    case 'sticky':
      return assignSticky(view).assignment;
    case 'cooperative-sticky':
      return assignCooperativeSticky(view);
  }
}
