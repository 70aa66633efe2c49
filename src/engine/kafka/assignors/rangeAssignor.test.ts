import { describe, expect, it } from 'vitest';
import { assignPartitions } from './assignPartitions.ts';

// Expected values come from Kafka's RangeAssignor javadoc and RangeAssignorTest.
describe('range assignor', () => {
  it('reproduces the RangeAssignor javadoc example', () => {
    const result = assignPartitions('range', {
      partitionsPerTopic: { t0: 3, t1: 3 },
      members: { C0: { topics: ['t0', 't1'] }, C1: { topics: ['t0', 't1'] } },
    });
    expect(result).toEqual({ C0: ['t0-0', 't0-1', 't1-0', 't1-1'], C1: ['t0-2', 't1-2'] });
  });

  it('handles mixed subscriptions topic by topic (testMultipleConsumersMixedTopics)', () => {
    const result = assignPartitions('range', {
      partitionsPerTopic: { topic1: 3, topic2: 2 },
      members: {
        consumer1: { topics: ['topic1'] },
        consumer2: { topics: ['topic1', 'topic2'] },
        consumer3: { topics: ['topic1'] },
      },
    });
    expect(result).toEqual({
      consumer1: ['topic1-0'],
      consumer2: ['topic1-1', 'topic2-0', 'topic2-1'],
      consumer3: ['topic1-2'],
    });
  });

  it('puts a static member before a dynamic one (testOneStaticConsumerAndOneDynamicConsumerTwoTopicsSixPartitions)', () => {
    const result = assignPartitions('range', {
      partitionsPerTopic: { topic1: 3, topic2: 3 },
      members: {
        'consumer-b': { topics: ['topic1', 'topic2'], groupInstanceId: 'instance1' },
        'consumer-a': { topics: ['topic1', 'topic2'] },
      },
    });
    expect(result).toEqual({
      'consumer-a': ['topic1-2', 'topic2-2'],
      'consumer-b': ['topic1-0', 'topic1-1', 'topic2-0', 'topic2-1'],
    });
  });

  it('orders static members by instance id, not member id', () => {
    const result = assignPartitions('range', {
      partitionsPerTopic: { t: 3 },
      members: {
        a: { topics: ['t'], groupInstanceId: 'z' },
        b: { topics: ['t'], groupInstanceId: 'y' },
      },
    });
    expect(result).toEqual({ a: ['t-2'], b: ['t-0', 't-1'] });
  });

  it('lists every member and ignores topics missing from metadata (testOneConsumerNonexistentTopic)', () => {
    const result = assignPartitions('range', {
      partitionsPerTopic: { other: 4 },
      members: { consumer: { topics: ['topic'] } },
    });
    expect(result).toEqual({ consumer: [] });
  });
});
