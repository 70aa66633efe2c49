// The Simulation object: a thin imperative shell around the world. It queues the world's starting
// events, hands stepping, keyframes and seek to the event loop (eventLoop.ts), inserts live
// interventions into the timeline, caches the world view, and notifies subscribers. All randomness
// and time come from the world; nothing here reads a clock.

import type { Intervention, TimedIntervention } from '../model/interventions.ts';
import type { ScenarioModel } from '../model/scenarioModel.ts';
import type { RunLimits, Simulation } from '../simulationApi.ts';
import { buildWorldView } from '../view/buildWorldView.ts';
import type { WorldView } from '../view/worldView.ts';
import type { TraceEvent } from '../trace/traceEvent.ts';
import { createWorld } from '../world/createWorld.ts';
import { EventKind } from '../world/eventKinds.ts';
import { emit, schedule } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import { startLogTasks, startReplication } from '../kafka/startReplication.ts';
import { startStreamJob } from '../stream/streamJob.ts';
import { startDataflow } from '../dataflow/dataflowJob.ts';
import { readTraceSlice } from './readTraceSlice.ts';
import { truncateStores, type Keyframe } from './keyframes.ts';
import { createEventLoop, type InternalOptions } from './eventLoop.ts';
import { historyWindow, resolveHistoryPolicy } from './historyWindow.ts';

function scheduleStarts(w: World): void {
  w.scenario.topology.producers.forEach((p, i) => {
    schedule(w, p.startAtMs, EventKind.producerStart, i);
  });
  w.index.consumers.forEach((c, i) => {
    if (c.spec.joinAtMs !== undefined) schedule(w, c.spec.joinAtMs, EventKind.consumerStart, i);
  });
  startReplication(w);
  startLogTasks(w);
  (w.scenario.topology.streamJobs ?? []).forEach((_, j) => startStreamJob(w, j));
  w.index.dataflows.forEach((_, d) => startDataflow(w, d));
  (w.scenario.topology.queueProducers ?? []).forEach((p, i) =>
    schedule(w, p.startAtMs, EventKind.queueProducerNext, i, -1),
  );
  (w.scenario.topology.queueConsumers ?? []).forEach((c, i) => {
    if (c.joinAtMs !== undefined) schedule(w, c.joinAtMs, EventKind.queueConsumerStart, i);
  });
}

export type { InternalOptions } from './eventLoop.ts';

/**
 * Puts a live command into the timeline at the current time, or 1 ms later when an event at the
 * current time has already run, after any command already due then; returns its time.
 */
function insertIntervention(w: World, keyframes: Keyframe[], command: Intervention): number {
  const atMs = w.m.lastEventAtMs === w.m.nowMs ? w.m.nowMs + 1 : w.m.nowMs;
  const timed: TimedIntervention = { ...command, atMs };
  let at = w.m.interventionCursor;
  while (at < w.interventions.length && w.interventions[at]!.atMs <= atMs) at++;
  w.interventions.splice(at, 0, timed);
  // Keyframes after the new command belong to a future that no longer happens.
  while (keyframes.length > 1 && keyframes[keyframes.length - 1]!.atMs > atMs) keyframes.pop();
  truncateStores(w);
  return atMs;
}

export function createSimulation(
  scenario: ScenarioModel,
  options: InternalOptions = {},
): Simulation {
  const seed = (options.seed ?? scenario.seed) >>> 0;
  const policy = resolveHistoryPolicy(options.history);
  const w = createWorld(scenario, seed);
  emit(w, { atMs: 0, type: 'sim.started', seed, scenario: scenario.id });
  scheduleStarts(w);
  const loop = createEventLoop(w, options, policy);
  const keyframes = loop.keyframes;
  const listeners = new Set<() => void>();
  let view: WorldView | null = null;
  let traceView: readonly TraceEvent[] | null = null;

  const changed = (): void => {
    view = null;
    traceView = null;
    for (const l of [...listeners]) l();
  };

  const apply = (command: Intervention): number => {
    const atMs = insertIntervention(w, keyframes, command);
    changed();
    return atMs;
  };

  return {
    seed,
    nowMs: () => w.m.nowMs,
    step: () => {
      const t = loop.nextAt();
      if (t === Infinity || t >= scenario.durationMs) return false;
      loop.stepAt(t);
      changed();
      return true;
    },
    runUntil: (tMs: number, limits: RunLimits = {}) => {
      const result = loop.runUntil(Math.min(tMs, scenario.durationMs), limits.maxSteps ?? Infinity);
      changed();
      return result;
    },
    apply,
    seek: (tMs: number) => {
      const result = loop.seek(tMs);
      if (result.ok) changed();
      return result;
    },
    trace: () => (traceView ??= readTraceSlice(w, 0, w.m.traceLength)),
    traceLength: () => w.m.traceLength,
    traceSlice: (from: number, to: number) => readTraceSlice(w, from, to),
    history: () => historyWindow(w, keyframes, policy),
    interventions: () => w.interventions,
    getState: () => (view ??= buildWorldView(w)),
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    nextEventAtMs: () => {
      const t = loop.nextAt();
      return t === Infinity ? null : t;
    },
  };
}
