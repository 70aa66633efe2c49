import { describe, expect, test } from 'vitest';
import type { TraceEvent } from '../../engine/index.ts';
import { appendedAt, createFakeSimulation } from '../../player/testing/createFakeSimulation.ts';
import { createTraceDerivedStore, type TraceFold } from './traceFollower.ts';

/** Records what it was fed, so tests can see resets and increments. */
function recordingFold(): TraceFold<string> & { readonly log: string[] } {
  const log: string[] = [];
  let count = 0;
  return {
    log,
    reset: () => {
      log.push('reset');
      count = 0;
    },
    add: (events: readonly TraceEvent[], first: number) => {
      log.push(`add ${first}+${events.length}`);
      count += events.length;
    },
    snapshot: (nowMs: number) => `${count}@${nowMs}`,
  };
}

const EVENTS = [appendedAt(10, 0), appendedAt(20, 1), appendedAt(30, 2), appendedAt(40, 3)];

describe('createTraceDerivedStore', () => {
  test('reads only new events while the trace grows', () => {
    const sim = createFakeSimulation({ events: EVENTS });
    const fold = recordingFold();
    const store = createTraceDerivedStore(sim, fold);
    const unsubscribe = store.subscribe(() => {});
    sim.runUntil(25);
    expect(store.getSnapshot()).toBe('2@25');
    expect(store.getSnapshot()).toBe(store.getSnapshot());
    sim.runUntil(45);
    expect(store.getSnapshot()).toBe('4@45');
    expect(fold.log).toEqual(['reset', 'add 0+2', 'add 2+2']);
    unsubscribe();
  });

  test('starts again from 0 after a seek back, even one followed by a run forward', () => {
    const sim = createFakeSimulation({ events: EVENTS });
    const fold = recordingFold();
    const store = createTraceDerivedStore(sim, fold);
    store.subscribe(() => {});
    sim.runUntil(45);
    store.getSnapshot();
    sim.seek(15);
    sim.runUntil(45);
    expect(store.getSnapshot()).toBe('4@45');
    expect(fold.log.slice(-2)).toEqual(['reset', 'add 0+4']);
  });

  test('invalidate refolds from scratch and notifies', () => {
    const sim = createFakeSimulation({ events: EVENTS });
    const fold = recordingFold();
    const store = createTraceDerivedStore(sim, fold);
    let notified = 0;
    store.subscribe(() => (notified += 1));
    sim.runUntil(25);
    store.getSnapshot();
    store.invalidate();
    expect(store.getSnapshot()).toBe('2@25');
    expect(notified).toBe(2);
    expect(fold.log).toEqual(['reset', 'add 0+2', 'reset', 'add 0+2']);
  });

  test('skips to the fold’s start index after a reset', () => {
    const sim = createFakeSimulation({ events: EVENTS });
    const fold = { ...recordingFold(), startIndex: () => 3 };
    const store = createTraceDerivedStore(sim, fold);
    store.subscribe(() => {});
    sim.runUntil(45);
    expect(store.getSnapshot()).toBe('1@45');
  });
});

describe('time going back without the trace shrinking', () => {
  test('still resets the fold', () => {
    const sim = createFakeSimulation({ events: EVENTS });
    const fold = recordingFold();
    const store = createTraceDerivedStore(sim, fold);
    store.subscribe(() => {});
    sim.runUntil(28);
    store.getSnapshot();
    sim.seek(25);
    expect(store.getSnapshot()).toBe('2@25');
    expect(fold.log).toEqual(['reset', 'add 0+2', 'reset', 'add 0+2']);
  });
});

describe('folds that can truncate', () => {
  test('keep their prefix after a seek back instead of starting again', () => {
    const sim = createFakeSimulation({ events: EVENTS });
    const fold = recordingFold();
    const truncations: number[] = [];
    const store = createTraceDerivedStore(sim, {
      ...fold,
      truncate: (length: number) => truncations.push(length),
    });
    store.subscribe(() => {});
    sim.runUntil(45);
    store.getSnapshot();
    sim.seek(15);
    sim.runUntil(35);
    store.getSnapshot();
    expect(truncations).toEqual([1]);
    expect(fold.log).toEqual(['reset', 'add 0+4', 'add 1+2']);
  });

  test('ignore time going back while the trace keeps its length', () => {
    const sim = createFakeSimulation({ events: EVENTS });
    const fold = recordingFold();
    const truncations: number[] = [];
    const store = createTraceDerivedStore(sim, {
      ...fold,
      truncate: (length: number) => truncations.push(length),
    });
    store.subscribe(() => {});
    sim.runUntil(28);
    store.getSnapshot();
    sim.seek(25);
    expect(store.getSnapshot()).toBe('2@25');
    expect(truncations).toEqual([]);
    expect(fold.log).toEqual(['reset', 'add 0+2']);
  });
});
