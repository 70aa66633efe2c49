import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloneEventQueue, createEventQueue, peekTimeMs, popEvent, pushEvent, type PoppedEvent } from './eventQueue.ts';

const out = (): PoppedEvent => ({ atMs: 0, rank: 0, kind: 0, a: 0, b: 0, c: 0 });

describe('eventQueue', () => {
  it('pops events in (atMs, rank, seq) order, whatever order they were pushed in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 15 })), { maxLength: 300 }),
        (items) => {
          const q = createEventQueue(2);
          items.forEach(([t, r], i) => pushEvent(q, t, r, 1, i, 0, 0));
          const expected = items
            .map(([t, r], i) => ({ t, r, i }))
            .sort((x, y) => x.t - y.t || x.r - y.r || x.i - y.i)
            .map((x) => x.i);
          const got: number[] = [];
          const e = out();
          while (popEvent(q, e)) got.push(e.a);
          expect(got).toEqual(expected);
        },
      ),
    );
  });

  it('gives back time, rank and all three arguments', () => {
    const q = createEventQueue();
    pushEvent(q, 12, 3, 7, -1, 2, 99);
    expect(peekTimeMs(q)).toBe(12);
    const e = out();
    expect(popEvent(q, e)).toBe(true);
    expect(e).toEqual({ atMs: 12, rank: 3, kind: 7, a: -1, b: 2, c: 99 });
    expect(popEvent(q, e)).toBe(false);
    expect(peekTimeMs(q)).toBe(-1);
  });

  it('keeps order across a clone, and the clone is independent', () => {
    const q = createEventQueue(4);
    for (let i = 0; i < 20; i++) pushEvent(q, 20 - i, 0, 1, i, 0);
    const copy = cloneEventQueue(q);
    const e = out();
    popEvent(q, e);
    pushEvent(copy, 0, 0, 1, 100, 0);
    popEvent(copy, e);
    expect(e.a).toBe(100);
    popEvent(copy, e);
    expect(e.a).toBe(19);
    // Sequence numbers continue in the clone, so ties keep insertion order there too.
    expect(copy.nextSeq).toBe(21);
  });
});
