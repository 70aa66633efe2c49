import { describe, expect, test } from 'vitest';
import { advanceVirtualTime, clampSpeed, SPEED_MAX, SPEED_MIN } from './virtualClock.ts';

describe('advanceVirtualTime', () => {
  test('carries the fraction of a millisecond to the next frame', () => {
    const first = advanceVirtualTime(16.5, 1, 0);
    expect(first).toEqual({ advanceMs: 16, carryNs: 500_000 });
    expect(advanceVirtualTime(16.5, 1, first.carryNs)).toEqual({ advanceMs: 17, carryNs: 0 });
  });

  test('loses no virtual time over many uneven frames', () => {
    let carryNs = 0;
    let totalMs = 0;
    // 600 frames of 1000/60 ms at 0.3x is exactly 3 wall seconds, so 3000 virtual ms at 0.3 = 3000.
    for (let frame = 0; frame < 600; frame += 1) {
      const elapsedMs = frame % 3 === 2 ? 16.666 : 16.667;
      const step = advanceVirtualTime(elapsedMs, 0.3, carryNs);
      carryNs = step.carryNs;
      totalMs += step.advanceMs;
    }
    expect(totalMs).toBe(3000);
    expect(Number.isInteger(carryNs)).toBe(true);
  });

  test('scales by speed: 100x turns one wall second into 100 virtual seconds', () => {
    expect(advanceVirtualTime(1000, 100, 0)).toEqual({ advanceMs: 100_000, carryNs: 0 });
    expect(advanceVirtualTime(10, 0.1, 0)).toEqual({ advanceMs: 1, carryNs: 0 });
  });

  test('treats negative wall time as none', () => {
    expect(advanceVirtualTime(-5, 1, 250)).toEqual({ advanceMs: 0, carryNs: 250 });
  });
});

describe('clampSpeed', () => {
  test('keeps speed within 0.1x..100x and falls back to 1x for nonsense', () => {
    expect(clampSpeed(0)).toBe(SPEED_MIN);
    expect(clampSpeed(1e9)).toBe(SPEED_MAX);
    expect(clampSpeed(Number.NaN)).toBe(1);
    expect(clampSpeed(2.5)).toBe(2.5);
  });
});
