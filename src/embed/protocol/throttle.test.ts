import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createThrottle } from './throttle.ts';

describe('createThrottle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('sends the first value at once, then at most one per interval, ending with the last', () => {
    const sent: number[] = [];
    const throttle = createThrottle((value: number) => sent.push(value), 250);
    throttle.push(1);
    throttle.push(2);
    throttle.push(3);
    expect(sent).toEqual([1]);
    vi.advanceTimersByTime(250);
    expect(sent).toEqual([1, 3]);
    // An interval that kept nothing ends the throttle: the next value goes at once.
    vi.advanceTimersByTime(250);
    expect(sent).toEqual([1, 3]);
    throttle.push(4);
    expect(sent).toEqual([1, 3, 4]);
  });

  test('now() sends at once and drops the kept value; cancel() sends nothing more', () => {
    const sent: number[] = [];
    const throttle = createThrottle((value: number) => sent.push(value), 250);
    throttle.push(1);
    throttle.push(2);
    throttle.now(9);
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([1, 9]);
    throttle.push(10);
    throttle.push(11);
    throttle.cancel();
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([1, 9, 10]);
  });
});
