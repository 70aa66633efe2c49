import { describe, expect, test } from 'vitest';
import { logWindow, windowSide } from './logWindow.ts';

describe('logWindow', () => {
  test('short logs start at log-start', () => {
    expect(logWindow(0, 5, 40)).toEqual({ startOffset: 0, endOffset: 40 });
    expect(logWindow(12, 15, 40)).toEqual({ startOffset: 12, endOffset: 52 });
  });

  test('long logs show the latest offsets plus the slot for the next record', () => {
    expect(logWindow(0, 100, 40)).toEqual({ startOffset: 61, endOffset: 101 });
  });

  test('places offsets before, inside or after the window', () => {
    const window = logWindow(0, 100, 40);
    expect(windowSide(window, 60)).toBe('before');
    expect(windowSide(window, 61)).toBe('inside');
    expect(windowSide(window, 101)).toBe('inside');
    expect(windowSide(window, 102)).toBe('after');
  });
});
