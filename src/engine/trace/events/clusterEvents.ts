// Trace events of the Kafka cluster: brokers, leaders and the ISR, the network and stop-the-world
// pauses, log segments, retention and compaction, and topic growth.

export type ClusterEvent =
  | { readonly type: 'broker.crashed'; readonly broker: string }
  | { readonly type: 'broker.restarted'; readonly broker: string }
  | { readonly type: 'broker.failure.detected'; readonly broker: string }
  | {
      readonly type: 'partition.leader.elected';
      readonly partition: string;
      readonly leader: string;
      readonly leaderEpoch: number;
      readonly unclean: boolean;
      readonly logEndOffset: number;
    }
  | { readonly type: 'partition.offline'; readonly partition: string }
  | { readonly type: 'network.partitioned'; readonly between: readonly string[] }
  | { readonly type: 'network.healed'; readonly between: readonly string[] }
  | { readonly type: 'node.paused'; readonly node: string; readonly untilMs: number }
  | { readonly type: 'node.slowed'; readonly node: string; readonly factor: number }
  | {
      readonly type: 'segment.rolled';
      readonly partition: string;
      readonly baseOffset: number;
    }
  | {
      readonly type: 'segment.deleted';
      readonly partition: string;
      readonly baseOffset: number;
      readonly endOffset: number;
      readonly reason: string;
      readonly logStartOffset: number;
    }
  | {
      readonly type: 'log.compacted';
      readonly partition: string;
      readonly upToOffset: number;
      readonly removedOffsets: readonly number[];
    }
  | {
      readonly type: 'isr.shrunk';
      readonly partition: string;
      readonly broker: string;
      readonly isr: readonly string[];
      readonly reason: string;
    }
  | {
      readonly type: 'isr.expanded';
      readonly partition: string;
      readonly broker: string;
      readonly isr: readonly string[];
    }
  | {
      readonly type: 'replica.truncated';
      readonly partition: string;
      readonly broker: string;
      readonly fromOffset: number;
      readonly toOffset: number;
    }
  | {
      readonly type: 'highWatermark.lowered';
      readonly partition: string;
      readonly from: number;
      readonly to: number;
    }
  | {
      /** New partitions exist from now on; keyed records re-map by murmur2 modulo `to`. */
      readonly type: 'topic.partitions.increased';
      readonly topic: string;
      readonly from: number;
      readonly to: number;
    };
