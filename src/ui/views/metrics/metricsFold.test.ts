import { describe, expect, test } from 'vitest';
import { createSimulation, type LogRecord, type TraceEvent } from '../../../engine/index.ts';
import { appendedAt } from '../../../player/testing/createFakeSimulation.ts';
import { replicatedScenario } from '../../testing/replicatedScenario.ts';
import { createTraceDerivedStore } from '../traceFollower.ts';
import { createMetricsFold } from './metricsFold.ts';

const GROUPS = [{ id: 'g1', partitions: ['orders-0'] }];

function processed(atMs: number, fromOffset: number, count: number): TraceEvent {
  return {
    atMs,
    type: 'consumer.processed',
    consumer: 'c1',
    partition: 'orders-0',
    fromOffset,
    count,
  };
}
function committed(atMs: number, offset: number): TraceEvent {
  return {
    atMs,
    type: 'offset.committed',
    group: 'g1',
    consumer: 'c1',
    partition: 'orders-0',
    offset,
  };
}

// Records 0..3 produced at 100, 200, 300, 400 ms.
const APPENDS = [0, 1, 2, 3].map((o) => appendedAt((o + 1) * 100, o));
const RECORDS = APPENDS as LogRecord[];

describe('metrics fold', () => {
  test('counts appended and processed records per simulated second', () => {
    const fold = createMetricsFold(GROUPS, () => RECORDS);
    fold.add([...APPENDS, processed(1500, 0, 3), processed(2100, 3, 1)], 0);
    const { buckets } = fold.snapshot(3000);
    expect(buckets.map((b) => [b.endMs, b.appendedRecords, b.processedRecords])).toEqual([
      [1000, 4, 0],
      [2000, 0, 3],
      [3000, 0, 1],
    ]);
  });

  test('derives latency percentiles from processed ranges and producedAtMs', () => {
    const fold = createMetricsFold(GROUPS, () => RECORDS);
    fold.add([...APPENDS, processed(1500, 0, 4)], 0);
    // Latencies 1400, 1300, 1200, 1100 ms.
    const second = fold.snapshot(2000).buckets[1];
    expect(second?.latency).toEqual({ p50: 1200, p95: 1400, p99: 1400, count: 4 });
    expect(fold.snapshot(2000).buckets[0]?.latency).toBeNull();
  });

  test('tracks lag from the committed offset to the log end, at the end of each second', () => {
    const fold = createMetricsFold(GROUPS, () => RECORDS);
    fold.add([...APPENDS, committed(1200, 3)], 0);
    const snapshot = fold.snapshot(2500);
    expect(snapshot.buckets.map((b) => b.lagRecords[0])).toEqual([4, 1]);
    expect(snapshot.lagNowRecords).toEqual([1]);
  });

  test('gives the same result fed at once or in pieces', () => {
    const events = [...APPENDS, processed(1500, 0, 2), committed(1600, 2), processed(2500, 2, 2)];
    const whole = createMetricsFold(GROUPS, () => RECORDS);
    whole.add(events, 0);
    const pieces = createMetricsFold(GROUPS, () => RECORDS);
    pieces.add(events.slice(0, 5), 0);
    pieces.snapshot(1400);
    pieces.add(events.slice(5), 5);
    expect(pieces.snapshot(4000)).toEqual(whole.snapshot(4000));
  });
});

describe('metrics over a real simulation', () => {
  test('after a seek back, the incremental result equals a fresh computation', () => {
    const scenario = replicatedScenario(10_000);
    const sim = createSimulation(scenario);
    const groups = [{ id: 'g1', partitions: ['orders-0', 'orders-1', 'orders-2'] }];
    const recordsOf = (id: string) => sim.getState().partitions.find((p) => p.id === id)?.records;
    const store = createTraceDerivedStore(sim, createMetricsFold(groups, recordsOf));
    store.subscribe(() => {});
    for (let t = 500; t <= 8000; t += 500) {
      sim.runUntil(t);
      store.getSnapshot();
    }
    sim.seek(3_250);
    sim.runUntil(6_000);
    const incremental = store.getSnapshot();
    const fresh = createTraceDerivedStore(sim, createMetricsFold(groups, recordsOf)).getSnapshot();
    expect(incremental).toEqual(fresh);
    expect(incremental.buckets).toHaveLength(6);
    expect(incremental.buckets.some((b) => (b.latency?.p99 ?? 0) > 0)).toBe(true);
    expect(incremental.buckets.reduce((n, b) => n + b.processedRecords, 0)).toBeGreaterThan(0);
  });
});
