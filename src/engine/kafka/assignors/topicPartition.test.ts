import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareStrings,
  compareTopicPartitions,
  parsePartitionName,
  partitionName,
} from './topicPartition.ts';

describe('partition names', () => {
  it('splits at the last dash, so topics may contain dashes', () => {
    expect(parsePartitionName('eu-orders-12')).toEqual({ topic: 'eu-orders', partition: 12 });
    expect(parsePartitionName('orders-0')).toEqual({ topic: 'orders', partition: 0 });
    // Kafka topic names may end with '-', so 'orders--1' is partition 1 of topic 'orders-'.
    expect(parsePartitionName('orders--1')).toEqual({ topic: 'orders-', partition: 1 });
  });

  it('rejects malformed names', () => {
    for (const bad of ['orders', '-3', 'orders-', 'orders-03', 'orders-1.5', 'orders-x']) {
      expect(parsePartitionName(bad)).toBeUndefined();
    }
  });

  it('round-trips every well-formed name', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.nat(), (topic, partition) => {
        expect(parsePartitionName(partitionName({ topic, partition }))).toEqual({
          topic,
          partition,
        });
      }),
    );
  });

  it('orders by topic, then numerically by partition', () => {
    const sorted = ['t-10', 't-2', 's-5', 't-1']
      .map((n) => parsePartitionName(n)!)
      .sort(compareTopicPartitions);
    expect(sorted.map(partitionName)).toEqual(['s-5', 't-1', 't-2', 't-10']);
  });

  it('compares strings by UTF-16 code unit, like Java, not by locale', () => {
    expect(['b', 'B', 'a', 'A'].sort(compareStrings)).toEqual(['A', 'B', 'a', 'b']);
  });
});
