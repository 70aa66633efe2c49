import { describe, expect, test } from 'vitest';
import type { TraceEvent } from '../engine/index.ts';
import { createPlayerController } from './playerController.ts';
import { createPlayerStore, selectNowMs, selectStatus } from './playerStore.ts';
import { appendedAt, createFakeSimulation } from './testing/createFakeSimulation.ts';
import { createManualTickSource } from './tickSource.ts';

const EVENTS: TraceEvent[] = [
  { type: 'sim.started', atMs: 0, seed: 7, scenario: 'fake' },
  appendedAt(100, 0),
  appendedAt(250, 1),
  appendedAt(250, 2),
  appendedAt(900, 3),
];

function setUp(durationMs = 1000) {
  const sim = createFakeSimulation({ events: EVENTS, seed: 7 });
  const ticks = createManualTickSource();
  const store = createPlayerStore();
  const controller = createPlayerController({ sim, durationMs, tickSource: ticks, store });
  return { sim, ticks, store, controller };
}

describe('createPlayerController', () => {
  test('publishes status, time and seed to the store', () => {
    const { store, controller } = setUp();
    expect(store.getState()).toMatchObject({ status: 'idle', nowMs: 0, durationMs: 1000, seed: 7 });
    controller.send({ type: 'PLAY' });
    expect(selectStatus(store.getState())).toBe('playing');
  });

  test('ticks only while playing, and advances virtual time by wall time x speed', () => {
    const { sim, ticks, store, controller } = setUp();
    expect(ticks.forceTick(16)).toBe(false);
    controller.send({ type: 'SET_SPEED', speed: 10 });
    controller.send({ type: 'PLAY' });
    ticks.forceTick(16.66);
    ticks.forceTick(16.66);
    // 33.32 wall ms at 10x is 333.2 virtual ms: 166 ms, then 167 ms with the carried 0.6 ms.
    expect(sim.calls).toEqual(['runUntil(166)', 'runUntil(333)']);
    expect(selectNowMs(store.getState())).toBe(333);
    controller.send({ type: 'PAUSE' });
    expect(ticks.isRunning()).toBe(false);
  });

  test('ends at the scenario duration and never runs past it', () => {
    const { sim, ticks, store, controller } = setUp(500);
    controller.send({ type: 'SET_SPEED', speed: 100 });
    controller.send({ type: 'PLAY' });
    ticks.forceTick(100);
    expect(sim.calls).toEqual(['runUntil(500)']);
    expect(selectStatus(store.getState())).toBe('ended');
    expect(ticks.isRunning()).toBe(false);
  });

  test('step forward processes one event; step back seeks to the latest event time', () => {
    const { sim, controller } = setUp();
    controller.send({ type: 'STEP_FORWARD' });
    controller.send({ type: 'STEP_FORWARD' });
    expect(sim.nowMs()).toBe(100);
    controller.send({ type: 'STEP_BACK' });
    expect(sim.nowMs()).toBe(100);
    expect(sim.trace()).toHaveLength(1);
    controller.send({ type: 'STEP_BACK' });
    // Nothing at 100 is left to undo, so the next step back goes to the previous event time, 0.
    expect(sim.nowMs()).toBe(0);
  });

  test('the jump to the next interesting event stops right after it', () => {
    const sim = createFakeSimulation({
      events: [
        ...EVENTS.slice(0, 3),
        { atMs: 250, type: 'consumer.crashed', consumer: 'c1' },
        ...EVENTS.slice(3),
      ],
    });
    const store = createPlayerStore();
    const controller = createPlayerController({
      sim,
      durationMs: 1000,
      tickSource: createManualTickSource(),
      store,
    });
    controller.send({ type: 'STEP_TO_INTERESTING' });
    expect(selectNowMs(store.getState())).toBe(250);
    expect(sim.trace().at(-1)?.type).toBe('consumer.crashed');
    expect(selectStatus(store.getState())).toBe('paused');
    controller.send({ type: 'STEP_TO_INTERESTING' });
    expect(selectStatus(store.getState())).toBe('ended');
  });

  test('step back from a time between events undoes the latest event time', () => {
    const { sim, controller } = setUp();
    controller.send({ type: 'SEEK', tMs: 400 });
    expect(sim.trace()).toHaveLength(4);
    controller.send({ type: 'STEP_BACK' });
    expect(sim.nowMs()).toBe(250);
    expect(sim.trace()).toHaveLength(2);
  });

  test('stepping at the last event before the end runs to the end', () => {
    const { sim, store, controller } = setUp(800);
    controller.send({ type: 'SEEK', tMs: 700 });
    controller.send({ type: 'STEP_FORWARD' });
    expect(sim.calls.at(-1)).toBe('runUntil(800)');
    expect(selectStatus(store.getState())).toBe('ended');
  });

  test('restart seeks to zero and goes idle', () => {
    const { sim, store, controller } = setUp();
    controller.send({ type: 'SEEK', tMs: 400 });
    controller.send({ type: 'RESTART' });
    expect(sim.nowMs()).toBe(0);
    expect(selectStatus(store.getState())).toBe('idle');
  });

  test('an engine failure stops the clock and lands in the store', () => {
    const { sim, ticks, store, controller } = setUp();
    const broken = {
      ...sim,
      runUntil: () => {
        throw new Error('engine broke');
      },
    };
    const failing = createPlayerController({
      sim: broken,
      durationMs: 1000,
      tickSource: ticks,
      store,
    });
    controller.dispose();
    failing.send({ type: 'PLAY' });
    ticks.forceTick(16);
    expect(store.getState().error?.message).toBe('engine broke');
    expect(ticks.isRunning()).toBe(false);
  });
});
