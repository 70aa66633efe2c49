import { describe, expect, it } from 'vitest';
import {
  createTraceStore,
  evictTraceBefore,
  putTraceObject,
  traceSlot,
  truncateTrace,
  TraceCode,
} from './traceStore.ts';

/** Writes entries [0, n) with f0 = index, as emitColumns would. */
function filled(n: number) {
  const s = createTraceStore(16);
  for (let i = 0; i < n; i++) {
    const slot = traceSlot(s, i);
    s.code[slot] = TraceCode.batchSent;
    s.f0[slot] = i;
  }
  return s;
}

describe('trace store eviction', () => {
  it('keeps absolute indices: entry i still holds what was written as entry i', () => {
    const s = filled(5000);
    evictTraceBefore(s, 3000, 0);
    expect(s.base).toBe(3000);
    expect(s.end).toBe(5000);
    for (const i of [3000, 4321, 4999]) expect(s.f0[i - s.base]).toBe(i);
    const next = traceSlot(s, 5000);
    s.f0[next] = 5000;
    expect(s.f0[5000 - s.base]).toBe(5000);
  });

  it('shrinks the columns to follow what is kept, not how long the run was', () => {
    const s = filled(100_000);
    expect(s.code.length).toBeGreaterThanOrEqual(100_000);
    evictTraceBefore(s, 99_000, 0);
    expect(s.code.length).toBeLessThanOrEqual(4096);
    expect(s.f0[99_500 - s.base]).toBe(99_500);
  });

  it('refuses to write an evicted entry', () => {
    const s = filled(2000);
    evictTraceBefore(s, 1500, 0);
    expect(() => traceSlot(s, 1499)).toThrow(
      'trace entry 1499 was evicted (the trace starts at 1500)',
    );
  });

  it('evicts the object side table by absolute object index', () => {
    const s = createTraceStore();
    for (let o = 0; o < 4; o++)
      putTraceObject(s, o, { atMs: o, type: 'sim.started', seed: o, scenario: 'x' });
    evictTraceBefore(s, 0, 3);
    expect(s.objectBase).toBe(3);
    expect(s.objects.map((e) => e.atMs)).toEqual([3]);
    putTraceObject(s, 4, { atMs: 4, type: 'sim.started', seed: 4, scenario: 'x' });
    truncateTrace(s, 0, 4);
    expect(s.objects.map((e) => e.atMs)).toEqual([3]);
  });
});
