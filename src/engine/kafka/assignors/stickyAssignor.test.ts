import { describe, expect, it } from 'vitest';
import { assignPartitions } from './assignPartitions.ts';
import type { MemberSubscription } from './assignmentTypes.ts';

// Expected values come from Kafka's StickyAssignor javadoc and AbstractStickyAssignorTest
// (clients/src/test/java/org/apache/kafka/clients/consumer/internals/AbstractStickyAssignorTest.java).
const GENERATION = 1;
const both = ['topic1', 'topic2'];
const member = (topics: string[], owned: string[] = []): MemberSubscription => ({
  topics,
  owned,
  generation: GENERATION,
});

describe('sticky assignor, fresh groups', () => {
  it('testOneConsumerMultipleTopics', () => {
    const result = assignPartitions('sticky', {
      partitionsPerTopic: { topic1: 1, topic2: 2 },
      members: { consumer: { topics: both } },
    });
    expect(result).toEqual({ consumer: ['topic1-0', 'topic2-0', 'topic2-1'] });
  });

  it('testTwoConsumersTwoTopicsSixPartitions', () => {
    const result = assignPartitions('sticky', {
      partitionsPerTopic: { topic1: 3, topic2: 3 },
      members: { consumer1: { topics: both }, consumer2: { topics: both } },
    });
    expect(result).toEqual({
      consumer1: ['topic1-0', 'topic1-2', 'topic2-1'],
      consumer2: ['topic1-1', 'topic2-0', 'topic2-2'],
    });
  });

  it('testMultipleConsumersMixedTopicSubscriptions (general algorithm)', () => {
    const result = assignPartitions('sticky', {
      partitionsPerTopic: { topic1: 3, topic2: 2 },
      members: {
        consumer1: { topics: ['topic1'] },
        consumer2: { topics: both },
        consumer3: { topics: ['topic1'] },
      },
    });
    expect(result).toEqual({
      consumer1: ['topic1-0', 'topic1-2'],
      consumer2: ['topic2-0', 'topic2-1'],
      consumer3: ['topic1-1'],
    });
  });

  it('javadoc example 1, first assignment: same as round robin', () => {
    const topics = ['t0', 't1', 't2', 't3'];
    const result = assignPartitions('sticky', {
      partitionsPerTopic: { t0: 2, t1: 2, t2: 2, t3: 2 },
      members: { C0: { topics }, C1: { topics }, C2: { topics } },
    });
    expect(result).toEqual({
      C0: ['t0-0', 't1-1', 't3-0'],
      C1: ['t0-1', 't2-0', 't3-1'],
      C2: ['t1-0', 't2-1'],
    });
  });

  it('javadoc example 2: balanced where round robin is not, and sticky when C0 leaves', () => {
    const partitionsPerTopic = { t0: 1, t1: 2, t2: 3 };
    const first = assignPartitions('sticky', {
      partitionsPerTopic,
      members: {
        C0: { topics: ['t0'] },
        C1: { topics: ['t0', 't1'] },
        C2: { topics: ['t0', 't1', 't2'] },
      },
    });
    expect(first).toEqual({ C0: ['t0-0'], C1: ['t1-0', 't1-1'], C2: ['t2-0', 't2-1', 't2-2'] });
    const second = assignPartitions('sticky', {
      partitionsPerTopic,
      members: { C1: member(['t0', 't1'], first.C1), C2: member(['t0', 't1', 't2'], first.C2) },
    });
    expect(second).toEqual({ C1: ['t0-0', 't1-0', 't1-1'], C2: ['t2-0', 't2-1', 't2-2'] });
  });
});

describe('sticky assignor, rebalancing owned partitions', () => {
  it('testOnlyAssignsPartitionsFromSubscribedTopics', () => {
    const result = assignPartitions('sticky', {
      partitionsPerTopic: { topic: 2 },
      members: { consumer: member(['topic'], ['topic-0', 'topic-1', 'other-0', 'other-1']) },
    });
    expect(result).toEqual({ consumer: ['topic-0', 'topic-1'] });
  });

  it('testConsumerOwningMinQuotaExpectedMaxQuota', () => {
    const result = assignPartitions('sticky', {
      partitionsPerTopic: { topic1: 2, topic2: 3 },
      members: {
        consumer1: member(both, ['topic1-0', 'topic2-1']),
        consumer2: member(both, ['topic1-1', 'topic2-2']),
      },
    });
    expect(result).toEqual({
      consumer1: ['topic1-0', 'topic2-0', 'topic2-1'],
      consumer2: ['topic1-1', 'topic2-2'],
    });
  });

  it('testMaxQuotaConsumerMoreThanNumExpectedMaxCapacityMembers (Kafka HashMap order decides)', () => {
    const result = assignPartitions('sticky', {
      partitionsPerTopic: { topic1: 2, topic2: 2 },
      members: {
        consumer1: member(both, ['topic1-0', 'topic2-0']),
        consumer2: member(both, ['topic1-1', 'topic2-1']),
        consumer3: member(both),
      },
    });
    expect(result).toEqual({
      consumer1: ['topic1-0'],
      consumer2: ['topic1-1', 'topic2-1'],
      consumer3: ['topic2-0'],
    });
  });

  it('testAllConsumersAreUnderMinQuota', () => {
    const result = assignPartitions('sticky', {
      partitionsPerTopic: { topic1: 2, topic2: 3 },
      members: {
        consumer1: member(both, ['topic1-0']),
        consumer2: member(both, ['topic1-1']),
        consumer3: member(both),
      },
    });
    expect(result).toEqual({
      consumer1: ['topic1-0', 'topic2-1'],
      consumer2: ['topic1-1', 'topic2-2'],
      consumer3: ['topic2-0'],
    });
  });

  it('testAddRemoveTwoConsumersTwoTopics: two members join, then the first two leave', () => {
    const partitionsPerTopic = { topic1: 3, topic2: 4 };
    const grown = assignPartitions('sticky', {
      partitionsPerTopic,
      members: {
        consumer1: member(both, ['topic1-0', 'topic1-2', 'topic2-1', 'topic2-3']),
        consumer2: member(both, ['topic1-1', 'topic2-0', 'topic2-2']),
        consumer3: member(both),
        consumer4: member(both),
      },
    });
    expect(grown).toEqual({
      consumer1: ['topic1-0', 'topic2-1'],
      consumer2: ['topic1-1', 'topic2-0'],
      consumer3: ['topic1-2', 'topic2-3'],
      consumer4: ['topic2-2'],
    });
    const shrunk = assignPartitions('sticky', {
      partitionsPerTopic,
      members: {
        consumer3: member(both, grown.consumer3),
        consumer4: member(both, grown.consumer4),
      },
    });
    expect(shrunk).toEqual({
      consumer3: ['topic1-0', 'topic1-2', 'topic2-1', 'topic2-3'],
      consumer4: ['topic1-1', 'topic2-0', 'topic2-2'],
    });
  });
});

describe('sticky assignor, generations', () => {
  it('gives a partition claimed twice to the member with the higher generation', () => {
    const result = assignPartitions('sticky', {
      partitionsPerTopic: { t: 2 },
      members: {
        a: { topics: ['t'], owned: ['t-0'], generation: 1 },
        b: { topics: ['t'], owned: ['t-0', 't-1'], generation: 2 },
      },
    });
    // b's newer claim wins t-0; the quota of 1 each then moves one of b's partitions to a.
    expect(result).toEqual({ a: ['t-1'], b: ['t-0'] });
  });

  it('lets nobody keep a partition claimed twice in the same generation', () => {
    const result = assignPartitions('sticky', {
      partitionsPerTopic: { t: 3 },
      members: {
        a: { topics: ['t'], owned: ['t-0', 't-2'], generation: 4 },
        b: { topics: ['t'], owned: ['t-1', 't-2'], generation: 4 },
        c: { topics: ['t'], owned: [], generation: 4 },
      },
    });
    expect(result).toEqual({ a: ['t-0'], b: ['t-1'], c: ['t-2'] });
  });
});
