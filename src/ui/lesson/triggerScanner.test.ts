import { describe, expect, test } from 'vitest';
import type { Simulation } from '../../engine/index.ts';
import { appendedAt, createFakeSimulation } from '../../player/testing/createFakeSimulation.ts';
import type { Trigger } from '../../scenario/index.ts';
import { scanTrigger, traceIndexAtOrAfter } from './triggerScanner.ts';

const EVENTS = [
  appendedAt(10, 0, 'orders-0'),
  appendedAt(20, 0, 'orders-1'),
  appendedAt(20, 1, 'orders-0'),
  appendedAt(40, 1, 'orders-1'),
  appendedAt(60, 2, 'orders-1'),
];
const ON_ORDERS_1: Trigger = {
  kind: 'onEvent',
  eventType: 'record.appended',
  where: { partition: 'orders-1' },
};

/** Counts the trace events a scan reads, to prove it reads only new ones. */
function countingReads(sim: Simulation): { sim: Simulation; read: () => number } {
  let read = 0;
  const traceSlice = (from: number, to: number) => {
    const slice = sim.traceSlice(from, to);
    read += slice.length;
    return slice;
  };
  return { sim: { ...sim, traceSlice }, read: () => read };
}

describe('scanTrigger', () => {
  test('fires an onEvent trigger at its first matching event, reading only new events', () => {
    const fake = createFakeSimulation({ events: EVENTS });
    const { sim, read } = countingReads(fake);
    fake.runUntil(15);
    const first = scanTrigger(sim, ON_ORDERS_1, 0, 0);
    expect(first).toEqual({ firedAtMs: null, cursor: 1 });
    fake.runUntil(30);
    expect(scanTrigger(sim, ON_ORDERS_1, 0, first.cursor).firedAtMs).toBe(20);
    // Each event in the trace so far was read once: one in the first scan, two in the second.
    expect(read()).toBe(3);
  });

  test('counts only events at or after the time the step before opened', () => {
    const sim = createFakeSimulation({ events: EVENTS });
    sim.runUntil(100);
    const from = traceIndexAtOrAfter(sim, 30);
    expect(from).toBe(3);
    expect(scanTrigger(sim, ON_ORDERS_1, 30, from).firedAtMs).toBe(40);
  });

  test('fires atTime once the clock reaches it, never before the step before', () => {
    const sim = createFakeSimulation({ events: EVENTS });
    sim.runUntil(49);
    expect(scanTrigger(sim, { kind: 'atTime', atMs: 50 }, 0, 0).firedAtMs).toBeNull();
    sim.runUntil(50);
    expect(scanTrigger(sim, { kind: 'atTime', atMs: 50 }, 0, 0).firedAtMs).toBe(50);
    expect(scanTrigger(sim, { kind: 'atTime', atMs: 5 }, 45, 0).firedAtMs).toBe(45);
    expect(scanTrigger(sim, { kind: 'onNext' }, 0, 0).firedAtMs).toBeNull();
  });

  test('restarts its search after a seek back shortens the trace', () => {
    const sim = createFakeSimulation({ events: EVENTS });
    sim.runUntil(100);
    sim.seek(30);
    expect(scanTrigger(sim, ON_ORDERS_1, 0, 5)).toEqual({ firedAtMs: 20, cursor: 0 });
  });
});
