import { describe, expect, test } from 'vitest';
import { createSimulation, type TraceEvent } from '../../../engine/index.ts';
import { replicatedScenario } from '../../testing/replicatedScenario.ts';
import { SAMPLE_WORLD } from '../../testing/sampleWorld.ts';
import { flightCounts, flightDots } from './flightDots.ts';
import { createFlightFold, firstIndexAtOrAfter } from './flightFold.ts';
import { chipLabel, partitionOwners, topologyLinks, topologyStructure } from './topologyModel.ts';

const sent = (atMs: number, count = 2): TraceEvent => ({
  atMs,
  type: 'batch.sent',
  producer: 'p1',
  partition: 'orders-0',
  count,
  attempt: 1,
});
const appended = (atMs: number, offset: number): TraceEvent => ({
  atMs,
  type: 'record.appended',
  partition: 'orders-0',
  offset,
  key: null,
  value: 'v',
  producer: 'p1',
  eventTimeMs: atMs,
  producedAtMs: atMs,
});

describe('topology model', () => {
  test('links producers to leaders and leaders to the consumers fetching from them', () => {
    expect(topologyLinks(SAMPLE_WORLD).map((l) => l.id)).toEqual([
      'producer:p1>broker:b1',
      'broker:b1>consumer:c1',
      'broker:b1>consumer:c2',
    ]);
    expect(partitionOwners(SAMPLE_WORLD).get('orders-1')).toBe('c2');
    expect(topologyStructure(SAMPLE_WORLD).groups).toEqual([{ id: 'g1', consumers: ['c1', 'c2'] }]);
  });
});

describe('chipLabel', () => {
  test('shortens to the partition number with one topic, and cuts long ids', () => {
    expect(chipLabel('orders-3', true)).toBe('p3');
    expect(chipLabel('orders-3', false)).toBe('orders-3');
    expect(chipLabel('payments-changelog-3', false)).toBe('payments…');
  });
});

describe('flight fold', () => {
  test('lands a batch on its first append and the next batch on the next', () => {
    const fold = createFlightFold(() => 'b1');
    fold.add([sent(10), sent(12, 1), appended(14, 0), appended(14, 1), appended(15, 2)], 0);
    const { flights } = fold.snapshot(20);
    expect(flights.map((f) => [f.id, f.to, f.arrivedAtMs])).toEqual([
      [0, 'broker:b1', 14],
      [1, 'broker:b1', 15],
    ]);
  });

  test('marks a failed batch and skips partitions without a leader', () => {
    const fold = createFlightFold((p) => (p === 'orders-0' ? 'b2' : null));
    const failed: TraceEvent = {
      atMs: 30,
      type: 'batch.failed',
      producer: 'p1',
      partition: 'orders-0',
      count: 2,
      reason: 'x',
      willRetry: true,
    };
    const orphan: TraceEvent = { ...sent(31), partition: 'orders-9' } as TraceEvent;
    fold.add([sent(10), failed, orphan], 0);
    expect(fold.snapshot(40).flights.map((f) => [f.failedAtMs, f.arrivedAtMs])).toEqual([
      [30, null],
    ]);
  });

  test('flies fetched records from the leader to the consumer, and forgets old flights', () => {
    const fold = createFlightFold(() => 'b1');
    const fetched: TraceEvent = {
      atMs: 50,
      type: 'consumer.fetched',
      consumer: 'c1',
      partition: 'orders-0',
      fromOffset: 0,
      count: 3,
    };
    fold.add([fetched], 7);
    expect(fold.snapshot(60).flights[0]).toMatchObject({
      id: 7,
      from: 'broker:b1',
      to: 'consumer:c1',
    });
    expect(fold.snapshot(40_000).flights).toEqual([]);
  });

  test('finds where the recent past starts by binary search', () => {
    const sim = createSimulation(replicatedScenario(5_000));
    sim.runUntil(5_000);
    const i = firstIndexAtOrAfter(sim, 2_000);
    expect(sim.traceSlice(i, i + 1)[0]?.atMs).toBeGreaterThanOrEqual(2_000);
    expect(sim.traceSlice(i - 1, i)[0]?.atMs).toBeLessThan(2_000);
  });
});

describe('flight dots', () => {
  const boxes = new Map([
    ['producer:p1', { x: 0, y: 0, w: 10, h: 10 }],
    ['broker:b1', { x: 50, y: 20, w: 10, h: 10 }],
  ]);
  const flight = {
    id: 0,
    kind: 'produce' as const,
    from: 'producer:p1' as const,
    to: 'broker:b1' as const,
    startMs: 0,
    arrivedAtMs: 2,
    failedAtMs: null,
    pendingRecords: 0,
  };

  test('put a dot along its edge at the interpolated time, and count it on its link', () => {
    const boxOf = (id: string) => boxes.get(id);
    expect(flightDots([flight], boxOf, 150, 300)).toEqual([
      { x: 30, y: 15, state: 'moving', kind: 'produce', to: 'broker:b1' },
    ]);
    expect(flightDots([flight], boxOf, 400, 300)).toEqual([]);
    expect(
      flightCounts([flight, { ...flight, id: 1 }], 100, 300).get('producer:p1>broker:b1'),
    ).toBe(2);
  });
});
