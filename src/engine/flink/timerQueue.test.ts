import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareTimers,
  deleteTimer,
  popDueTimer,
  registerTimer,
  type EventTimeTimer,
} from './timerQueue.ts';

describe('timerQueue', () => {
  it('orders by time, then key, then window start, and de-duplicates equal timers', () => {
    const timers: EventTimeTimer[] = [];
    registerTimer(timers, { timestampMs: 9, key: 'b', window: [0, 10] });
    registerTimer(timers, { timestampMs: 9, key: 'a', window: [5, 10] });
    registerTimer(timers, { timestampMs: 4, key: 'z', window: [0, 5] });
    registerTimer(timers, { timestampMs: 9, key: 'a', window: [0, 10] });
    registerTimer(timers, { timestampMs: 9, key: 'a', window: [0, 10] });
    expect(timers.map((t) => `${String(t.timestampMs)}:${t.key}:${String(t.window[0])}`)).toEqual([
      '4:z:0',
      '9:a:0',
      '9:a:5',
      '9:b:0',
    ]);
  });

  it('pops only timers due at or before the watermark and deletes by value', () => {
    const timers: EventTimeTimer[] = [];
    registerTimer(timers, { timestampMs: 4, key: 'a', window: [0, 5] });
    registerTimer(timers, { timestampMs: 9, key: 'a', window: [5, 10] });
    deleteTimer(timers, { timestampMs: 4, key: 'a', window: [0, 5] });
    deleteTimer(timers, { timestampMs: 4, key: 'a', window: [0, 5] });
    expect(popDueTimer(timers, 8)).toBeUndefined();
    expect(popDueTimer(timers, 9)).toEqual({ timestampMs: 9, key: 'a', window: [5, 10] });
    expect(timers).toEqual([]);
  });

  it('keeps the queue sorted whatever the registration order', () => {
    const timer = fc.record({
      timestampMs: fc.integer({ min: -5, max: 5 }),
      key: fc.constantFrom('a', 'b', 'ab', 'B'),
      window: fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 4, max: 6 })),
    });
    fc.assert(
      fc.property(fc.array(timer, { maxLength: 30 }), (input) => {
        const timers: EventTimeTimer[] = [];
        input.forEach((t) => registerTimer(timers, t));
        timers.forEach((t, i) => {
          const next = timers[i + 1];
          if (next !== undefined) expect(compareTimers(t, next)).toBeLessThan(0);
        });
      }),
    );
  });
});
