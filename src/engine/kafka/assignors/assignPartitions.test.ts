import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignPartitions } from './assignPartitions.ts';
import type {
  Assignment,
  AssignmentRequest,
  AssignmentStrategy,
  MemberSubscription,
} from './assignmentTypes.ts';
import { compareTopicPartitions, parsePartitionName } from './topicPartition.ts';

// Property tests for every strategy. fast-check prints the seed and the shrunk counterexample of a
// failing run; rerun it with fc.assert(..., { seed, path }) to reproduce.

const TOPICS = ['a', 'b-x', 'c'];
/** 'ghost' is subscribed to but never in metadata, so assignors must ignore it. */
const SUBSCRIBABLE = [...TOPICS, 'ghost'];
const MEMBER_IDS = ['m0', 'm1', 'm2', 'm3', 'm4', 'm5'];
const MAX_PARTITIONS = 5;
const NAMES = [
  ...TOPICS.flatMap((t) => Array.from({ length: MAX_PARTITIONS }, (_, p) => `${t}-${String(p)}`)),
  'ghost-0',
  'junk',
];
const STRATEGIES: readonly AssignmentStrategy[] = [
  'range',
  'roundrobin',
  'sticky',
  'cooperative-sticky',
];

const partitionCountsArb = fc.record(
  {
    a: fc.integer({ min: 0, max: MAX_PARTITIONS }),
    'b-x': fc.integer({ min: 0, max: MAX_PARTITIONS }),
    c: fc.integer({ min: 0, max: MAX_PARTITIONS }),
  },
  { requiredKeys: [] },
);

const memberArb = (topicsArb: fc.Arbitrary<string[]>): fc.Arbitrary<MemberSubscription> =>
  fc.record(
    {
      topics: topicsArb,
      groupInstanceId: fc.constantFrom('i0', 'i1', 'i2', 'i3'),
      owned: fc.subarray(NAMES),
      generation: fc.integer({ min: 0, max: 3 }),
    },
    { requiredKeys: ['topics'] },
  );

/** Any group: arbitrary subscriptions and arbitrary (possibly conflicting) ownership claims. */
function requestArb(
  topicsArb: fc.Arbitrary<string[]> = fc.subarray(SUBSCRIBABLE),
): fc.Arbitrary<AssignmentRequest> {
  return fc.record({
    partitionsPerTopic: partitionCountsArb,
    members: fc
      .uniqueArray(fc.constantFrom(...MEMBER_IDS), { minLength: 1, maxLength: MEMBER_IDS.length })
      .chain((ids) =>
        fc.tuple(
          fc.constant(ids),
          fc.array(memberArb(topicsArb), { minLength: ids.length, maxLength: ids.length }),
        ),
      )
      .map(([ids, members]) =>
        Object.fromEntries(ids.map((id, i) => [id, members[i] ?? { topics: [] }])),
      ),
  });
}

/** A group where every member subscribes to the same topics. */
const identicalRequestArb = fc
  .subarray(SUBSCRIBABLE)
  .chain((topics) => requestArb(fc.constant(topics)));

/** A group where each partition is claimed by at most one member. */
const conflictFreeRequestArb = fc
  .tuple(
    requestArb(),
    fc.array(fc.integer({ min: -1, max: MEMBER_IDS.length - 1 }), {
      minLength: NAMES.length,
      maxLength: NAMES.length,
    }),
  )
  .map(([request, owners]): AssignmentRequest => {
    const ids = Object.keys(request.members);
    const members = Object.fromEntries(
      Object.entries(request.members).map(([id, m]) => [
        id,
        { ...m, owned: NAMES.filter((_, i) => ids[owners[i] ?? -1] === id) },
      ]),
    );
    return { ...request, members };
  });

function subscribedPartitions(request: AssignmentRequest): string[] {
  const subscribed = new Set(Object.values(request.members).flatMap((m) => m.topics));
  return Object.entries(request.partitionsPerTopic)
    .filter(([topic, count]) => subscribed.has(topic) && count > 0)
    .flatMap(([topic, count]) => Array.from({ length: count }, (_, p) => `${topic}-${String(p)}`));
}

function isSortedByTopicThenPartition(names: readonly string[]): boolean {
  const parsed = names.map((n) => parsePartitionName(n));
  return parsed.every(
    (tp, i) => i === 0 || (tp && parsed[i - 1] && compareTopicPartitions(parsed[i - 1]!, tp) < 0),
  );
}

/** Every member listed, lists sorted, no partition twice, and only subscribed partitions. */
function expectValid(request: AssignmentRequest, result: Assignment): void {
  expect(Object.keys(result).sort()).toEqual(Object.keys(request.members).sort());
  const seen = new Set<string>();
  for (const [id, names] of Object.entries(result)) {
    expect(isSortedByTopicThenPartition(names)).toBe(true);
    for (const name of names) {
      expect(seen.has(name)).toBe(false);
      seen.add(name);
      expect(request.members[id]?.topics).toContain(parsePartitionName(name)?.topic);
    }
  }
}

function allAssigned(result: Assignment): string[] {
  return Object.values(result).flat().sort();
}

function spread(counts: readonly number[]): number {
  return counts.length === 0 ? 0 : Math.max(...counts) - Math.min(...counts);
}

/** The same request with members, topics and owned lists in a different order. */
function permuted(request: AssignmentRequest, seed: number): AssignmentRequest {
  let state = seed >>> 0 || 1;
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      const j = state % (i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  const entries = shuffle(Object.entries(request.members)).map(([id, m]) => {
    const copy: MemberSubscription = {
      ...m,
      topics: shuffle(m.topics),
      ...(m.owned ? { owned: shuffle(m.owned) } : {}),
    };
    return [id, copy] as const;
  });
  return {
    partitionsPerTopic: Object.fromEntries(shuffle(Object.entries(request.partitionsPerTopic))),
    members: Object.fromEntries(entries),
  };
}

/** Feeds an assignment back as every member's owned partitions, one generation later. */
function withOwned(
  request: AssignmentRequest,
  result: Assignment,
  generation: number,
): AssignmentRequest {
  const members = Object.fromEntries(
    Object.entries(request.members).map(([id, m]) => [
      id,
      { ...m, owned: result[id] ?? [], generation },
    ]),
  );
  return { ...request, members };
}

describe('assignPartitions properties', () => {
  it('range, roundrobin and sticky assign every subscribed partition exactly once, to a subscriber', () => {
    fc.assert(
      fc.property(
        requestArb(),
        fc.constantFrom<AssignmentStrategy>('range', 'roundrobin', 'sticky'),
        (request, strategy) => {
          const result = assignPartitions(strategy, request);
          expectValid(request, result);
          expect(allAssigned(result)).toEqual(subscribedPartitions(request).sort());
        },
      ),
    );
  });

  it('gives the same answer whatever the order of members, topics and owned partitions', () => {
    fc.assert(
      fc.property(
        requestArb(),
        fc.constantFrom(...STRATEGIES),
        fc.nat(),
        (request, strategy, seed) => {
          expect(assignPartitions(strategy, permuted(request, seed))).toEqual(
            assignPartitions(strategy, request),
          );
        },
      ),
    );
  });

  it('range balances each topic: its subscribers differ by at most one partition of it', () => {
    fc.assert(
      fc.property(requestArb(), (request) => {
        const result = assignPartitions('range', request);
        for (const topic of TOPICS) {
          const subscribers = Object.keys(request.members).filter((id) =>
            request.members[id]?.topics.includes(topic),
          );
          const counts = subscribers.map(
            (id) => (result[id] ?? []).filter((n) => parsePartitionName(n)?.topic === topic).length,
          );
          expect(spread(counts)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('roundrobin and sticky differ by at most one partition when subscriptions are identical', () => {
    fc.assert(
      fc.property(
        identicalRequestArb,
        fc.constantFrom<AssignmentStrategy>('roundrobin', 'sticky'),
        (request, strategy) => {
          const result = assignPartitions(strategy, request);
          expect(spread(Object.values(result).map((names) => names.length))).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('sticky meets Kafka verifyValidityAndBalance: members two apart never share a topic', () => {
    fc.assert(
      fc.property(requestArb(), (request) => {
        const result = assignPartitions('sticky', request);
        const topicsOf = (id: string) =>
          new Set((result[id] ?? []).map((n) => parsePartitionName(n)?.topic));
        const ids = Object.keys(result);
        for (const a of ids) {
          for (const b of ids) {
            if ((result[a]?.length ?? 0) - (result[b]?.length ?? 0) <= 1) continue;
            const shared = [...topicsOf(a)].filter((t) => topicsOf(b).has(t));
            expect(shared).toEqual([]);
          }
        }
      }),
    );
  });

  it('sticky keeps its own previous assignment unchanged', () => {
    fc.assert(
      fc.property(requestArb(), (request) => {
        const first = assignPartitions('sticky', request);
        expect(assignPartitions('sticky', withOwned(request, first, 7))).toEqual(first);
      }),
    );
  });
});

describe('cooperative-sticky properties', () => {
  it('withholds exactly the sticky partitions that another member owns', () => {
    fc.assert(
      fc.property(conflictFreeRequestArb, (request) => {
        const sticky = assignPartitions('sticky', request);
        const cooperative = assignPartitions('cooperative-sticky', request);
        expectValid(request, cooperative);
        for (const [id, names] of Object.entries(sticky)) {
          const ownedByOthers = new Set(
            Object.entries(request.members).flatMap(([other, m]) =>
              other === id ? [] : (m.owned ?? []),
            ),
          );
          expect(cooperative[id]).toEqual(names.filter((n) => !ownedByOthers.has(n)));
        }
      }),
    );
  });

  it('never gives a member a partition that another member still owns, even with conflicting claims', () => {
    fc.assert(
      fc.property(requestArb(), (request) => {
        const result = assignPartitions('cooperative-sticky', request);
        expectValid(request, result);
        for (const [id, names] of Object.entries(result)) {
          const mine = new Set(request.members[id]?.owned ?? []);
          for (const name of names.filter((n) => !mine.has(n))) {
            const owners = Object.entries(request.members).filter(
              ([other, m]) => other !== id && m.owned?.includes(name),
            );
            expect(owners.map(([other]) => other)).toEqual([]);
          }
        }
      }),
    );
  });

  it('hands every withheld partition over within four follow-up rebalances, as Kafka tests require', () => {
    fc.assert(
      fc.property(conflictFreeRequestArb, (request) => {
        let current: AssignmentRequest = request;
        let result = assignPartitions('cooperative-sticky', current);
        let followUps = 0;
        while (
          allAssigned(result).length < subscribedPartitions(request).length &&
          followUps <= 4
        ) {
          current = withOwned(current, result, 10 + followUps);
          result = assignPartitions('cooperative-sticky', current);
          followUps++;
        }
        expect(followUps).toBeLessThanOrEqual(4);
        expect(allAssigned(result)).toEqual(subscribedPartitions(request).sort());
      }),
    );
  });
});
