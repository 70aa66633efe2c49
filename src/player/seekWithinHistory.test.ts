// The player against a real engine run whose small history bound has dropped its early part:
// seeks, restarts and steps back are clamped to the kept window, and the store says from when.

import { describe, expect, test } from 'vitest';
import { createSimulation, type ScenarioModel } from '../engine/index.ts';
import { formatScenarioErrors, parseScenario } from '../scenario/index.ts';
import { createPlayerController } from './playerController.ts';
import { createPlayerStore } from './playerStore.ts';
import { seekWithinHistory } from './seekWithinHistory.ts';
import { createManualTickSource } from './tickSource.ts';

const DURATION_MS = 20_000;

function busyScenario(): ScenarioModel {
  const parsed = parseScenario({
    schemaVersion: 2,
    system: 'kafka',
    id: 'busy',
    title: 'Busy',
    summary: 'Enough records to overflow a small history bound.',
    modules: ['M15'],
    seed: 5,
    durationMs: DURATION_MS,
    topology: {
      brokers: [{ id: 'b1' }],
      topics: [{ name: 'events', partitions: 2 }],
      producers: [{ id: 'p1', topic: 'events', rate: { kind: 'constant', intervalMs: 2 } }],
      consumerGroups: [{ id: 'g1', topics: ['events'], members: [{ id: 'c1', joinAtMs: 0 }] }],
    },
  });
  if (!parsed.ok) throw new Error(formatScenarioErrors(parsed.errors));
  return parsed.scenario;
}

function setUp() {
  const sim = createSimulation(busyScenario(), {
    history: { maxTraceEvents: 2_000, maxKeyframes: 4 },
    keyframeEveryEvents: 256,
  });
  const store = createPlayerStore();
  const controller = createPlayerController({
    sim,
    durationMs: DURATION_MS,
    tickSource: createManualTickSource(),
    store,
  });
  controller.send({ type: 'SEEK', tMs: 15_000 });
  return { sim, store, controller };
}

describe('seeking within a bounded history', () => {
  test('the store reports when history was dropped, and under which policy', () => {
    const { sim, store } = setUp();
    const earliest = sim.history().earliestSeekableMs;
    expect(earliest).toBeGreaterThan(10_000);
    expect(store.getState()).toMatchObject({
      historyDroppedBeforeMs: earliest,
      historyPolicy: { maxTraceEvents: 2_000, maxKeyframes: 4 },
    });
  });

  test('a seek, a restart and a step back never go before the earliest kept time', () => {
    const { sim, store, controller } = setUp();
    const earliest = sim.history().earliestSeekableMs;
    controller.send({ type: 'SEEK', tMs: 1_000 });
    expect(sim.nowMs()).toBe(earliest);
    controller.send({ type: 'SEEK', tMs: 14_000 });
    controller.send({ type: 'RESTART' });
    expect(sim.nowMs()).toBe(earliest);
    controller.send({ type: 'STEP_BACK' });
    expect(sim.nowMs()).toBe(earliest);
    expect(store.getState().error).toBeNull();
  });

  test('seekWithinHistory returns where it went', () => {
    const { sim } = setUp();
    const earliest = sim.history().earliestSeekableMs;
    expect(seekWithinHistory(sim, 0)).toBe(earliest);
    expect(seekWithinHistory(sim, earliest + 5)).toBe(earliest + 5);
  });

  test('a run that kept its whole history reports nothing dropped', () => {
    const sim = createSimulation(busyScenario());
    const store = createPlayerStore();
    createPlayerController({
      sim,
      durationMs: DURATION_MS,
      tickSource: createManualTickSource(),
      store,
    }).send({ type: 'SEEK', tMs: 15_000 });
    expect(store.getState().historyDroppedBeforeMs).toBeNull();
  });
});
