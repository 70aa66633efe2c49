// Sorts trace event types into the groups of checkboxes the trace table offers. A type the engine
// adds later and this table does not know yet lands in "Run & faults" rather than vanishing.

import type { TraceEventType } from '../../../engine/index.ts';

export type TraceCategory = 'produce' | 'consume' | 'group' | 'replication' | 'log' | 'control';

export const TRACE_CATEGORIES: readonly { readonly id: TraceCategory; readonly label: string }[] = [
  { id: 'produce', label: 'Producing' },
  { id: 'consume', label: 'Consuming' },
  { id: 'group', label: 'Groups & commits' },
  { id: 'replication', label: 'Brokers & replication' },
  { id: 'log', label: 'Segments & retention' },
  { id: 'control', label: 'Run & faults' },
];

const CATEGORY_OF: Partial<Record<TraceEventType, TraceCategory>> = {
  'producer.started': 'produce',
  'producer.metadata.updated': 'produce',
  'producer.stopped': 'produce',
  'producer.crashed': 'produce',
  'batch.sent': 'produce',
  'record.appended': 'produce',
  'batch.acked': 'produce',
  'batch.failed': 'produce',
  'batch.duplicate': 'produce',
  'produce.response.dropped': 'produce',
  'consumer.started': 'consume',
  'consumer.crashed': 'consume',
  'consumer.left': 'consume',
  'consumer.fetched': 'consume',
  'consumer.processed': 'consume',
  'consumer.offset.reset': 'consume',
  'consumer.metadata.updated': 'group',
  'source.partitions.discovered': 'consume',
  'consumer.seeked': 'consume',
  'consumer.partitions.revoked': 'consume',
  'consumer.partitions.assigned': 'consume',
  'consumer.processing.failed': 'consume',
  'consumer.record.deadLettered': 'consume',
  'group.state.changed': 'group',
  'group.member.joined': 'group',
  'group.member.removed': 'group',
  'group.rebalance.started': 'group',
  'group.rebalance.completed': 'group',
  'offset.committed': 'group',
  'offset.commit.failed': 'group',
  'broker.crashed': 'replication',
  'broker.restarted': 'replication',
  'broker.failure.detected': 'replication',
  'partition.leader.elected': 'replication',
  'partition.offline': 'replication',
  'isr.shrunk': 'replication',
  'isr.expanded': 'replication',
  'replica.truncated': 'replication',
  'highWatermark.lowered': 'replication',
  'segment.rolled': 'log',
  'segment.deleted': 'log',
  'log.compacted': 'log',
  'sim.started': 'control',
  'intervention.applied': 'control',
  'network.partitioned': 'control',
  'network.healed': 'control',
  'node.paused': 'control',
  'node.slowed': 'control',
};

export function categoryOf(type: string): TraceCategory {
  return CATEGORY_OF[type as TraceEventType] ?? 'control';
}

/** The known event types of a category, in a stable order. */
export function typesOf(category: TraceCategory): readonly string[] {
  return Object.keys(CATEGORY_OF).filter(
    (type) => CATEGORY_OF[type as TraceEventType] === category,
  );
}
