import { describe, expect, test } from 'vitest';
import type { TraceEvent } from '../../../engine/index.ts';
import { categoryOf, typesOf } from './traceCategories.ts';
import { eventEntityIds, primaryEntity } from './traceEntities.ts';
import { isFilterActive, matchesFilter, NO_FILTER, withTypesHidden } from './traceFilter.ts';

const SENT: TraceEvent = {
  atMs: 5,
  type: 'batch.sent',
  producer: 'p1',
  partition: 'orders-1',
  count: 1,
  attempt: 1,
};
const COMMITTED: TraceEvent = {
  atMs: 9,
  type: 'offset.committed',
  group: 'g1',
  consumer: 'c1',
  partition: 'orders-0',
  offset: 4,
};
const CRASH: TraceEvent = {
  atMs: 12,
  type: 'intervention.applied',
  command: { type: 'broker.crash', target: 'b2' },
};
const ELECTED: TraceEvent = {
  atMs: 20,
  type: 'partition.leader.elected',
  partition: 'orders-1',
  leader: 'b3',
  leaderEpoch: 1,
  unclean: false,
  logEndOffset: 66,
};

const kindOf = (id: string) =>
  id.startsWith('b') ? 'broker' : id.startsWith('c') ? 'consumer' : null;

describe('categories', () => {
  test('group the event types, with unknown types under Run & faults', () => {
    expect(categoryOf('batch.sent')).toBe('produce');
    expect(categoryOf('isr.shrunk')).toBe('replication');
    expect(categoryOf('some.future.event')).toBe('control');
    expect(typesOf('log')).toEqual(['segment.rolled', 'segment.deleted', 'log.compacted']);
  });
});

describe('entities', () => {
  test('lists every id an event names', () => {
    expect(eventEntityIds(SENT)).toEqual(['p1', 'orders-1']);
    expect(eventEntityIds(ELECTED)).toEqual(['orders-1', 'b3']);
    expect(eventEntityIds(CRASH)).toEqual(['b2']);
  });

  test('picks the actor of an event to highlight', () => {
    expect(primaryEntity(SENT, kindOf)).toEqual({ kind: 'producer', id: 'p1' });
    expect(primaryEntity(COMMITTED, kindOf)).toEqual({ kind: 'consumer', id: 'c1' });
    expect(primaryEntity(ELECTED, kindOf)).toEqual({ kind: 'partition', id: 'orders-1' });
    expect(primaryEntity(CRASH, kindOf)).toEqual({ kind: 'broker', id: 'b2' });
  });
});

describe('matchesFilter', () => {
  test('hides chosen types and matches entity text case-insensitively', () => {
    expect(isFilterActive(NO_FILTER)).toBe(false);
    const noBatches = withTypesHidden(NO_FILTER, ['batch.sent'], true);
    expect(matchesFilter(SENT, noBatches)).toBe(false);
    expect(matchesFilter(COMMITTED, noBatches)).toBe(true);
    expect(matchesFilter(SENT, withTypesHidden(noBatches, ['batch.sent'], false))).toBe(true);
    const byText = { ...NO_FILTER, entityText: ' ORDERS-1 ' };
    expect(isFilterActive(byText)).toBe(true);
    expect(matchesFilter(SENT, byText)).toBe(true);
    expect(matchesFilter(COMMITTED, byText)).toBe(false);
  });
});
