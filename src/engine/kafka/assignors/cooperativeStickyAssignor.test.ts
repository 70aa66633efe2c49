import { describe, expect, it } from 'vitest';
import { assignPartitions } from './assignPartitions.ts';
import type { MemberSubscription } from './assignmentTypes.ts';

// Scenarios follow Kafka's AbstractStickyAssignorTest run through CooperativeStickyAssignor: the
// sticky result minus the partitions Kafka reports in partitionsTransferringOwnership.
const both = ['topic1', 'topic2'];
const member = (
  topics: string[],
  owned: readonly string[] | undefined,
  generation: number,
): MemberSubscription => ({ topics, owned: owned ?? [], generation });

describe('cooperative-sticky assignor', () => {
  it('testAddRemoveConsumerOneTopic: a joiner gets topic-2 only after consumer1 revokes it', () => {
    const partitionsPerTopic = { topic: 3 };
    const first = assignPartitions('cooperative-sticky', {
      partitionsPerTopic,
      members: {
        consumer1: member(['topic'], ['topic-0', 'topic-1', 'topic-2'], 1),
        consumer2: member(['topic'], [], 1),
      },
    });
    // topic-2 moves from consumer1 to consumer2, so this round withholds it from everyone.
    expect(first).toEqual({ consumer1: ['topic-0', 'topic-1'], consumer2: [] });

    const second = assignPartitions('cooperative-sticky', {
      partitionsPerTopic,
      members: {
        consumer1: member(['topic'], first.consumer1, 2),
        consumer2: member(['topic'], first.consumer2, 2),
      },
    });
    expect(second).toEqual({ consumer1: ['topic-0', 'topic-1'], consumer2: ['topic-2'] });
  });

  it('testAddRemoveTwoConsumersTwoTopics: three partitions wait one round for their new owners', () => {
    const partitionsPerTopic = { topic1: 3, topic2: 4 };
    const first = assignPartitions('cooperative-sticky', {
      partitionsPerTopic,
      members: {
        consumer1: member(both, ['topic1-0', 'topic1-2', 'topic2-1', 'topic2-3'], 1),
        consumer2: member(both, ['topic1-1', 'topic2-0', 'topic2-2'], 1),
        consumer3: member(both, [], 1),
        consumer4: member(both, [], 1),
      },
    });
    // Kafka expects partitionsTransferringOwnership = {topic1-2: consumer3, topic2-3: consumer3, topic2-2: consumer4}.
    expect(first).toEqual({
      consumer1: ['topic1-0', 'topic2-1'],
      consumer2: ['topic1-1', 'topic2-0'],
      consumer3: [],
      consumer4: [],
    });

    const members = Object.fromEntries(
      Object.entries(first).map(([id, owned]) => [id, member(both, owned, 2)]),
    );
    const second = assignPartitions('cooperative-sticky', { partitionsPerTopic, members });
    expect(second).toEqual({
      consumer1: ['topic1-0', 'topic2-1'],
      consumer2: ['topic1-1', 'topic2-0'],
      consumer3: ['topic1-2', 'topic2-3'],
      consumer4: ['topic2-2'],
    });
  });

  it('withholds moves in the general (mixed subscription) case too', () => {
    const first = assignPartitions('cooperative-sticky', {
      partitionsPerTopic: { t: 4, u: 1 },
      members: {
        a: member(['t', 'u'], ['t-0', 't-1', 't-2', 't-3', 'u-0'], 1),
        b: member(['t'], [], 1),
      },
    });
    // Sticky alone would move t-0 and t-1 (the first movable ones) to b; both wait for a to revoke them.
    expect(first).toEqual({ a: ['t-2', 't-3', 'u-0'], b: [] });
    const second = assignPartitions('cooperative-sticky', {
      partitionsPerTopic: { t: 4, u: 1 },
      members: { a: member(['t', 'u'], first.a, 2), b: member(['t'], first.b, 2) },
    });
    expect(second).toEqual({ a: ['t-2', 't-3', 'u-0'], b: ['t-0', 't-1'] });
  });

  it('assigns like sticky when nobody owns anything yet', () => {
    const request = {
      partitionsPerTopic: { topic1: 3, topic2: 3 },
      members: { consumer1: { topics: both }, consumer2: { topics: both } },
    };
    expect(assignPartitions('cooperative-sticky', request)).toEqual(
      assignPartitions('sticky', request),
    );
  });
});
