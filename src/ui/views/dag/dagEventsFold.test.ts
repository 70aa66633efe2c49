import { describe, expect, test } from 'vitest';
import type { TraceEvent } from '../../../engine/index.ts';
import { createDagEventsFold, historyOf } from './dagEventsFold.ts';

const EVENTS: TraceEvent[] = [
  { atMs: 500, type: 'checkpoint.started', job: 'df', checkpoint: 1 },
  { atMs: 540, type: 'checkpoint.completed', job: 'df', checkpoint: 1, durationMs: 40 },
  { atMs: 900, type: 'checkpoint.started', job: 'other', checkpoint: 1 },
  { atMs: 1_000, type: 'checkpoint.started', job: 'df', checkpoint: 2 },
  { atMs: 1_200, type: 'job.failed', job: 'df' },
  { atMs: 2_200, type: 'job.restored', job: 'df', checkpoint: 1 },
];

describe('dagEventsFold', () => {
  test('keeps the last checkpoint, failure and restore of each job', () => {
    const fold = createDagEventsFold();
    fold.add(EVENTS, 0);
    const history = historyOf(fold.snapshot(3_000), 'df');
    expect(history).toEqual({
      lastCompleted: { checkpoint: 1, durationMs: 40, atMs: 540 },
      lastStarted: { checkpoint: 2, atMs: 1_000 },
      lastFailedAtMs: 1_200,
      lastRestored: { checkpoint: 1, atMs: 2_200 },
    });
    expect(historyOf(fold.snapshot(3_000), 'other').lastStarted).toEqual({
      checkpoint: 1,
      atMs: 900,
    });
    expect(historyOf(fold.snapshot(3_000), 'nobody').lastCompleted).toBeNull();
  });

  test('truncating to a trace length forgets exactly the later events', () => {
    const fold = createDagEventsFold();
    fold.add(EVENTS, 10);
    // Keep trace indices 10..14: the restore at index 15 goes.
    fold.truncate?.(15);
    const history = historyOf(fold.snapshot(2_000), 'df');
    expect(history.lastFailedAtMs).toBe(1_200);
    expect(history.lastRestored).toBeNull();
    fold.truncate?.(11);
    expect(historyOf(fold.snapshot(600), 'df').lastCompleted).toBeNull();
  });

  test('returns the same snapshot object while nothing it keeps has changed', () => {
    const fold = createDagEventsFold();
    fold.add(EVENTS.slice(0, 2), 0);
    const first = fold.snapshot(600);
    fold.add([{ atMs: 700, type: 'watermark.advanced', job: 'df', watermarkMs: 3 }], 2);
    expect(fold.snapshot(700)).toBe(first);
    fold.reset();
    expect(historyOf(fold.snapshot(0), 'df').lastCompleted).toBeNull();
  });
});
