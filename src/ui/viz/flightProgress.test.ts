import { describe, expect, test } from 'vitest';
import { flightPosition, minFlightMs, PARK_AT } from './flightProgress.ts';

describe('minFlightMs', () => {
  test('lasts the same wall time at every speed, within bounds', () => {
    expect(minFlightMs(1)).toBe(300);
    expect(minFlightMs(10)).toBe(3000);
    expect(minFlightMs(0.001)).toBe(1);
    expect(minFlightMs(1000)).toBe(30_000);
  });
});

describe('flightPosition', () => {
  const arrived = { startMs: 100, arrivedAtMs: 102, failedAtMs: null };

  test('interpolates over the stretched duration once the arrival is known', () => {
    expect(flightPosition(arrived, 99, 300)).toBeNull();
    expect(flightPosition(arrived, 100, 300)).toEqual({ t: 0, state: 'moving' });
    expect(flightPosition(arrived, 250, 300)).toEqual({ t: 0.5, state: 'moving' });
    expect(flightPosition(arrived, 400, 300)).toBeNull();
  });

  test('keeps the real duration when it is longer than the stretch', () => {
    const slow = { startMs: 0, arrivedAtMs: 1000, failedAtMs: null };
    expect(flightPosition(slow, 500, 300)).toEqual({ t: 0.5, state: 'moving' });
  });

  test('parks near the target while the arrival is unknown', () => {
    const pending = { startMs: 0, arrivedAtMs: null, failedAtMs: null };
    expect(flightPosition(pending, 150, 300)).toEqual({ t: 0.5, state: 'moving' });
    expect(flightPosition(pending, 10_000, 300)).toEqual({ t: PARK_AT, state: 'parked' });
  });

  test('shows a failure where it happened for half a stretch, then drops it', () => {
    const failed = { startMs: 0, arrivedAtMs: null, failedAtMs: 60 };
    expect(flightPosition(failed, 100, 300)).toEqual({ t: 0.2, state: 'failed' });
    expect(flightPosition(failed, 210, 300)).toBeNull();
  });
});
