import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cloneEventQueue,
  createEventQueue,
  peekTimeMs,
  popEvent,
  pushEvent,
  type PoppedEvent,
} from './eventQueue.ts';

const out = (): PoppedEvent => ({ atMs: 0, rank: 0, kind: 0, a: 0, b: 0, c: 0 });

describe('eventQueue', () => {
  it('pops events in (atMs, rank, seq) order, whatever order they were pushed in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 15 })), {
          maxLength: 300,
        }),
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

  it('matches a sorted reference when pushes and pops interleave, near and far, across clones', () => {
    // Each step pushes some events at or after the last popped time (near ones land in the ring,
    // those over 512 ms ahead in the heap), then pops some; sometimes the queue is swapped for a
    // keyframe copy. The popped order must equal a stable sort of what was pending.
    const step = fc.record({
      pushes: fc.array(
        fc.tuple(
          fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 400, max: 3_000 })),
          fc.integer({ min: 0, max: 15 }),
        ),
        { maxLength: 8 },
      ),
      pops: fc.integer({ min: 0, max: 6 }),
      clone: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let q = createEventQueue(2);
        const pending: { t: number; r: number; id: number }[] = [];
        let now = 0;
        let id = 0;
        const e = out();
        for (const s of steps) {
          // A peek before the pushes: the head it finds must not outlive a push of an earlier event.
          peekTimeMs(q);
          for (const [dt, r] of s.pushes) {
            pushEvent(q, now + dt, r, 1, id, 0, 0);
            pending.push({ t: now + dt, r, id: id++ });
          }
          if (s.clone) q = cloneEventQueue(q);
          for (let i = 0; i < s.pops; i++) {
            pending.sort((x, y) => x.t - y.t || x.r - y.r || x.id - y.id);
            const expected = pending.shift();
            expect(peekTimeMs(q)).toBe(expected ? expected.t : -1);
            expect(popEvent(q, e)).toBe(expected !== undefined);
            if (!expected) break;
            expect([e.atMs, e.rank, e.a]).toEqual([expected.t, expected.r, expected.id]);
            now = e.atMs;
          }
        }
      }),
    );
  });

  it('refuses an event before the last popped time', () => {
    const q = createEventQueue();
    pushEvent(q, 10, 3, 1, 0, 0);
    popEvent(q, out());
    pushEvent(q, 10, 0, 1, 1, 0);
    expect(() => pushEvent(q, 9, 15, 1, 2, 0)).toThrow(/before the last event/);
  });
});
