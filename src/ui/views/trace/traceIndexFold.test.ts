import { describe, expect, test } from 'vitest';
import { appendedAt } from '../../../player/testing/createFakeSimulation.ts';
import { NO_FILTER } from './traceFilter.ts';
import { createTraceIndexFold, rowOfTraceIndex, traceIndexOfRow } from './traceIndexFold.ts';

const EVENTS = [0, 1, 2, 3, 4, 5].map((o) =>
  appendedAt(o * 10, o, o % 2 === 0 ? 'orders-0' : 'orders-1'),
);

describe('trace index fold', () => {
  test('stores nothing without a filter and maps rows straight to indices', () => {
    const fold = createTraceIndexFold();
    fold.add(EVENTS, 0);
    const snapshot = fold.snapshot(0);
    expect(snapshot).toEqual({ total: 6, count: 6, indices: null, epoch: 0 });
    expect(traceIndexOfRow(snapshot, 0, true)).toBe(5);
    expect(traceIndexOfRow(snapshot, 0, false)).toBe(0);
    expect(rowOfTraceIndex(snapshot, 5, true)).toBe(0);
  });

  test('collects matching indices across calls, the same as one call', () => {
    const fold = createTraceIndexFold();
    fold.setFilter({ ...NO_FILTER, entityText: 'orders-1' });
    fold.add(EVENTS.slice(0, 3), 0);
    fold.add(EVENTS.slice(3), 3);
    const snapshot = fold.snapshot(0);
    expect(snapshot.count).toBe(3);
    expect([...(snapshot.indices ?? []).slice(0, 3)]).toEqual([1, 3, 5]);
    expect(traceIndexOfRow(snapshot, 0, true)).toBe(5);
    expect(rowOfTraceIndex(snapshot, 3, false)).toBe(1);
    expect(rowOfTraceIndex(snapshot, 2, false)).toBeNull();
  });

  test('grows past its initial capacity', () => {
    const fold = createTraceIndexFold();
    fold.setFilter({ ...NO_FILTER, entityText: 'orders' });
    const many = Array.from({ length: 3000 }, (_, i) => appendedAt(i, i));
    fold.add(many, 0);
    expect(fold.snapshot(0).count).toBe(3000);
    fold.reset();
    expect(fold.snapshot(0).count).toBe(0);
  });
});
