// Trace events of Kafka consumers and the classic group protocol: fetching, processing, offsets,
// commits, rebalances and assignments.

import type { GroupState } from '../traceValues.ts';

export type ConsumerEvent =
  | {
      readonly type: 'consumer.processing.failed';
      readonly consumer: string;
      readonly partition: string;
      readonly offset: number;
      readonly attempt: number;
      readonly action: string;
    }
  | {
      readonly type: 'consumer.record.deadLettered';
      readonly consumer: string;
      readonly partition: string;
      readonly offset: number;
      readonly deadLetterPartition: string;
      readonly deadLetterOffset: number;
    }
  | { readonly type: 'consumer.started'; readonly consumer: string; readonly group: string }
  | { readonly type: 'consumer.crashed'; readonly consumer: string }
  | { readonly type: 'consumer.left'; readonly consumer: string; readonly reason: string }
  | {
      readonly type: 'consumer.fetched';
      readonly consumer: string;
      readonly partition: string;
      readonly fromOffset: number;
      readonly count: number;
    }
  | {
      readonly type: 'consumer.processed';
      readonly consumer: string;
      readonly partition: string;
      readonly fromOffset: number;
      readonly count: number;
    }
  | {
      readonly type: 'consumer.offset.reset';
      readonly consumer: string;
      readonly partition: string;
      readonly offset: number;
      readonly policy: string;
    }
  | {
      readonly type: 'consumer.seeked';
      readonly consumer: string;
      readonly partition: string;
      readonly offset: number;
    }
  | {
      readonly type: 'consumer.partitions.revoked';
      readonly consumer: string;
      readonly partitions: readonly string[];
    }
  | {
      readonly type: 'consumer.partitions.assigned';
      readonly consumer: string;
      readonly partitions: readonly string[];
    }
  | {
      readonly type: 'offset.committed';
      readonly group: string;
      readonly consumer: string;
      readonly partition: string;
      readonly offset: number;
    }
  | {
      readonly type: 'offset.commit.failed';
      readonly group: string;
      readonly consumer: string;
      readonly partition: string;
      readonly offset: number;
      readonly reason: string;
    }
  | {
      readonly type: 'group.state.changed';
      readonly group: string;
      readonly from: GroupState;
      readonly to: GroupState;
    }
  | {
      readonly type: 'group.member.joined';
      readonly group: string;
      readonly member: string;
    }
  | {
      readonly type: 'group.member.removed';
      readonly group: string;
      readonly member: string;
      readonly reason: string;
    }
  | {
      readonly type: 'group.rebalance.started';
      readonly group: string;
      readonly reason: string;
    }
  | {
      readonly type: 'group.rebalance.completed';
      readonly group: string;
      readonly generation: number;
      readonly leader: string;
      readonly assignment: Readonly<Record<string, readonly string[]>>;
    }
  | {
      /** The group leader's metadata refresh found partitions its group's assignment lacks: it rejoins. */
      readonly type: 'consumer.metadata.updated';
      readonly consumer: string;
      readonly group: string;
      /** Partitions of the subscribed topics now. */
      readonly partitions: number;
    };
