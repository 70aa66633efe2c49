import { describe, expect, test } from 'vitest';
import { scrollToReveal, visibleRows } from './rowWindow.ts';

describe('visibleRows', () => {
  test('renders the visible rows plus overscan', () => {
    expect(visibleRows(1000, 22, 440, 220, 2)).toEqual({
      first: 18,
      end: 32,
      totalHeightPx: 22000,
      topPx: 440,
    });
  });

  test('clamps at both ends of the list', () => {
    expect(visibleRows(1000, 20, -50, 100, 3)).toMatchObject({ first: 0, end: 8, topPx: 0 });
    // A scroll position past the end (the list shrank under it) is kept at the last screen.
    expect(visibleRows(10, 20, 5000, 100, 3)).toMatchObject({ first: 2, end: 10, topPx: 100 });
    expect(visibleRows(0, 20, 0, 100)).toEqual({ first: 0, end: 0, totalHeightPx: 0, topPx: 0 });
  });
});

describe('scrollToReveal', () => {
  test('scrolls up or down just enough, and not at all when visible', () => {
    expect(scrollToReveal(50, 22, 0, 220)).toBe(902);
    expect(scrollToReveal(2, 22, 200, 220)).toBe(44);
    expect(scrollToReveal(10, 22, 200, 220)).toBeNull();
  });
});
