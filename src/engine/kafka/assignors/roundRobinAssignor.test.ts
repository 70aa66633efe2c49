import { describe, expect, it } from 'vitest';
import { assignPartitions } from './assignPartitions.ts';

// Expected values come from Kafka's RoundRobinAssignor javadoc and RoundRobinAssignorTest.
describe('round-robin assignor', () => {
  it('reproduces the javadoc example with identical subscriptions', () => {
    const result = assignPartitions('roundrobin', {
      partitionsPerTopic: { t0: 3, t1: 3 },
      members: { C0: { topics: ['t0', 't1'] }, C1: { topics: ['t0', 't1'] } },
    });
    expect(result).toEqual({ C0: ['t0-0', 't0-2', 't1-1'], C1: ['t0-1', 't1-0', 't1-2'] });
  });

  it('reproduces the javadoc example with different subscriptions, skipping non-subscribers', () => {
    const result = assignPartitions('roundrobin', {
      partitionsPerTopic: { t0: 1, t1: 2, t2: 3 },
      members: {
        C0: { topics: ['t0'] },
        C1: { topics: ['t0', 't1'] },
        C2: { topics: ['t0', 't1', 't2'] },
      },
    });
    expect(result).toEqual({ C0: ['t0-0'], C1: ['t1-0'], C2: ['t1-1', 't2-0', 't2-1', 't2-2'] });
  });

  it('keeps the circle going across topics (testMultipleConsumersMixedTopics)', () => {
    const result = assignPartitions('roundrobin', {
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

  it('puts a static member first (testOneStaticConsumerAndOneDynamicConsumerTwoTopicsSixPartitions)', () => {
    const result = assignPartitions('roundrobin', {
      partitionsPerTopic: { topic1: 3, topic2: 3 },
      members: {
        'consumer-b': { topics: ['topic1', 'topic2'], groupInstanceId: 'instance1' },
        'consumer-a': { topics: ['topic1', 'topic2'] },
      },
    });
    expect(result).toEqual({
      'consumer-a': ['topic1-1', 'topic2-0', 'topic2-2'],
      'consumer-b': ['topic1-0', 'topic1-2', 'topic2-1'],
    });
  });
});
