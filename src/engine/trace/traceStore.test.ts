import { describe, expect, it } from 'vitest';
import {
  codeOf,
  packHead,
  partitionOf,
  whoOf,
  createTraceStore,
  evictTraceBefore,
  putTraceObject,
  traceChunkFor,
  traceChunkOf,
  TraceField,
  traceRowOf,
  truncateTrace,
  TraceCode,
  traceTimeOf,
  type TraceStore,
} from './traceStore.ts';

/** Writes entries [0, n) with x = index (and time index / 16). */
function filled(n: number): TraceStore {
  const s = createTraceStore();
  for (let i = 0; i < n; i++) write(s, i);
  return s;
}

function write(s: TraceStore, index: number): void {
  const c = traceChunkFor(s, index, index >> 4);
  c[traceRowOf(index) + TraceField.head] = packHead(TraceCode.batchSent, 0, 0);
  c[traceRowOf(index) + TraceField.x] = index;
}

function subjectAt(s: TraceStore, index: number): number {
  return traceChunkOf(s, index)[traceRowOf(index) + TraceField.x]!;
}

describe('trace store', () => {
  it('grows by chunks without moving what it holds', () => {
    const s = filled(100_000);
    expect(s.end).toBe(100_000);
    expect(s.chunks.length).toBeGreaterThan(1);
    for (const i of [0, 16_383, 16_384, 65_537, 99_999]) expect(subjectAt(s, i)).toBe(i);
  });

  it('keeps absolute indices through eviction: entry i still holds what was written as entry i', () => {
    const s = filled(50_000);
    evictTraceBefore(s, 30_000, 0);
    expect(s.base).toBe(30_000);
    expect(s.end).toBe(50_000);
    for (const i of [30_000, 43_210, 49_999]) expect(subjectAt(s, i)).toBe(i);
    write(s, 50_000);
    expect(subjectAt(s, 50_000)).toBe(50_000);
  });

  it('frees the chunks wholly below the eviction point, so memory follows what is kept', () => {
    const s = filled(100_000);
    const before = s.chunks.length;
    evictTraceBefore(s, 99_000, 0);
    expect(s.chunks.length).toBe(1);
    expect(before).toBeGreaterThan(5);
    expect(subjectAt(s, 99_500)).toBe(99_500);
  });

  it('refuses to write an evicted entry', () => {
    const s = filled(2000);
    evictTraceBefore(s, 1500, 0);
    expect(() => traceChunkFor(s, 1499, 0)).toThrow(
      'trace entry 1499 was evicted (the trace starts at 1500)',
    );
  });

  it('truncates to a logical length and writes over what an abandoned timeline left', () => {
    const s = filled(20_000);
    truncateTrace(s, 17_000, 0);
    expect(s.end).toBe(17_000);
    write(s, 17_000);
    expect(s.end).toBe(17_001);
    expect(subjectAt(s, 17_000)).toBe(17_000);
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

  it('packs the code, who acted and the partition into one positive head, up to the limits', () => {
    const row = new Int32Array(1);
    for (const code of Object.values(TraceCode))
      for (const [who, partition] of [
        [0, 0],
        [127, 1023],
        [511, 5],
        [2047, 65_535],
      ] as const) {
        row[0] = packHead(code, who, partition);
        expect(row[0]).toBeGreaterThanOrEqual(0);
        expect([codeOf(row[0]), whoOf(row[0]), partitionOf(row[0])]).toEqual([
          code,
          who,
          partition,
        ]);
      }
  });

  it('keeps entry times through chunks, eviction and truncation', () => {
    const s = filled(40_000);
    for (const i of [0, 15, 16, 16_383, 16_384, 39_999]) expect(traceTimeOf(s, i)).toBe(i >> 4);
    evictTraceBefore(s, 20_001, 0);
    expect(traceTimeOf(s, 20_001)).toBe(1250);
    truncateTrace(s, 30_000, 0);
    write(s, 30_000);
    expect(traceTimeOf(s, 30_000)).toBe(1875);
    expect(s.times.starts.at(-1)).toBe(30_000);
  });
});
