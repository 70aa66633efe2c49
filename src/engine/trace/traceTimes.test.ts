import { describe, expect, it } from 'vitest';
import {
  createTraceTimes,
  entryTimeMs,
  evictTimesBefore,
  noteEntryTime,
  truncateTimes,
} from './traceTimes.ts';

/** Times of entries 0..n-1 written in order, `times[i]` being entry i's. */
function noted(times: readonly number[]) {
  const t = createTraceTimes();
  times.forEach((atMs, i) => noteEntryTime(t, i, atMs));
  return t;
}

describe('trace entry times', () => {
  it('keeps one run per time and reads every entry back, in any order', () => {
    const times = [0, 0, 0, 3, 3, 7, 8, 8, 8, 8, 20];
    const t = noted(times);
    expect(t.starts).toEqual([0, 3, 5, 6, 10]);
    const order = [10, 0, 5, 4, 9, 1, 6, 3, 2, 8, 7];
    for (const i of order) expect(entryTimeMs(t, i)).toBe(times[i]);
  });

  it('leaves the runs alone when a replay writes the same times again', () => {
    const t = noted([0, 0, 3, 3, 7, 7]);
    const before = { starts: [...t.starts], times: [...t.times] };
    [0, 0, 3, 3].forEach((atMs, i) => noteEntryTime(t, i, atMs));
    expect({ starts: t.starts, times: t.times }).toEqual(before);
  });

  it('lets a timeline that parts from the runs replace them from where it parts', () => {
    const t = noted([0, 0, 3, 3, 7, 7]);
    noteEntryTime(t, 3, 5);
    expect(t.starts).toEqual([0, 2, 3]);
    expect([2, 3].map((i) => entryTimeMs(t, i))).toEqual([3, 5]);
    noteEntryTime(t, 2, 0);
    expect(t.starts).toEqual([0]);
  });

  it('forgets runs past a truncation and below an eviction, keeping the run that spans it', () => {
    const t = noted([0, 0, 3, 3, 7, 7, 9]);
    truncateTimes(t, 5);
    expect(t.starts).toEqual([0, 2, 4]);
    evictTimesBefore(t, 3);
    expect(t.starts).toEqual([2, 4]);
    expect([3, 4].map((i) => entryTimeMs(t, i))).toEqual([3, 7]);
    noteEntryTime(t, 5, 7);
    noteEntryTime(t, 6, 8);
    expect(t.starts).toEqual([2, 4, 6]);
  });
});
