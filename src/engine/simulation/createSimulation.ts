// The Simulation object: a thin imperative shell around the world. It runs the event loop,
// executes interventions at their time (ahead of any queued event then), keeps keyframes for seek,
// and notifies subscribers. All randomness and time come from the world; nothing here reads a clock.

import { peekTimeMs, popEvent, type PoppedEvent } from '../core/eventQueue.ts';
import type { Intervention, TimedIntervention } from '../model/interventions.ts';
import type { ScenarioModel } from '../model/scenarioModel.ts';
import type { RunLimits, RunResult, SeekResult, Simulation, SimulationOptions } from '../simulationApi.ts';
import { buildWorldView } from '../view/buildWorldView.ts';
import type { WorldView } from '../view/worldView.ts';
import type { TraceEvent } from '../trace/traceEvent.ts';
import { applyIntervention } from '../world/applyIntervention.ts';
import { createWorld } from '../world/createWorld.ts';
import { dispatchEvent } from '../world/dispatchEvent.ts';
import { deferIfPaused } from '../world/pauseDeferral.ts';
import { EventKind } from '../world/eventKinds.ts';
import { emit, schedule } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';
import { checkInvariants } from './invariants.ts';
import { startLogTasks, startReplication } from '../kafka/startReplication.ts';
import { startStreamJob } from '../stream/streamJob.ts';
import { startDataflow } from '../dataflow/dataflowJob.ts';
import { readTraceSlice } from './readTraceSlice.ts';
import { keyframeAtOrBefore, keyframeSpacing, restoreKeyframe, takeKeyframe, truncateStores, type Keyframe } from './keyframes.ts';
import { enforceHistoryPolicy, historyWindow, overHistoryBound, resolveHistoryPolicy, seekBeforeHistory, traceEventsPerKeyframe } from './historyWindow.ts';

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
  (w.scenario.topology.queueProducers ?? []).forEach((p, i) => schedule(w, p.startAtMs, EventKind.queueProducerNext, i, -1));
  (w.scenario.topology.queueConsumers ?? []).forEach((c, i) => {
    if (c.joinAtMs !== undefined) schedule(w, c.joinAtMs, EventKind.queueConsumerStart, i);
  });
}

export interface InternalOptions extends SimulationOptions {
  /** Check the world's invariants after every step; for tests and sweeps. */
  readonly checkInvariantsEveryStep?: boolean;
}

export function createSimulation(scenario: ScenarioModel, options: InternalOptions = {}): Simulation {
  const seed = (options.seed ?? scenario.seed) >>> 0;
  const policy = resolveHistoryPolicy(options.history);
  // Keyframes come at least this often in trace events too, so the trace is evicted in small chunks.
  const traceEvery = traceEventsPerKeyframe(policy);
  const w = createWorld(scenario, seed);
  // Engine events between keyframes: the option's fixed spacing, else one that suits the state.
  const spacingFor = (): number => options.keyframeEveryEvents ?? keyframeSpacing(w.m);
  const check = options.checkInvariantsEveryStep === true;
  emit(w, { atMs: 0, type: 'sim.started', seed, scenario: scenario.id });
  scheduleStarts(w);
  const keyframes: Keyframe[] = [takeKeyframe(w, 0)];
  let everyEvents = spacingFor();
  let stepsAtLastKeyframe = 0;
  let traceAtLastKeyframe = w.m.traceLength;
  const listeners = new Set<() => void>();
  let view: WorldView | null = null;
  let traceView: readonly TraceEvent[] | null = null;
  const popped: PoppedEvent = { atMs: 0, rank: 0, kind: 0, a: 0, b: 0, c: 0 };

  const changed = (): void => {
    view = null;
    traceView = null;
    for (const l of [...listeners]) l();
  };

  /** Time of the next thing to do (intervention or event), or Infinity. */
  const nextAt = (): number => {
    const iv = w.interventions[w.m.interventionCursor];
    const ev = peekTimeMs(w.m.queue);
    const evAt = ev < 0 ? Infinity : ev;
    return iv && iv.atMs <= evAt ? iv.atMs : evAt;
  };

  /** Runs the one next thing, due at `t`. */
  const stepAt = (t: number): void => {
    const due = w.m.steps - stepsAtLastKeyframe >= everyEvents || w.m.traceLength - traceAtLastKeyframe >= traceEvery;
    if (due && t > w.m.lastEventAtMs && t > keyframes[keyframes.length - 1]!.atMs) {
      keyframes.push(takeKeyframe(w, t));
      everyEvents = spacingFor();
      stepsAtLastKeyframe = w.m.steps;
      traceAtLastKeyframe = w.m.traceLength;
    }
    w.m.nowMs = t;
    const iv = w.interventions[w.m.interventionCursor];
    if (iv && iv.atMs === t) {
      w.m.interventionCursor++;
      applyIntervention(w, iv);
    } else {
      popEvent(w.m.queue, popped);
      if (!deferIfPaused(w, popped)) dispatchEvent(w, popped);
    }
    w.m.lastEventAtMs = t;
    w.m.steps++;
    if (check) checkInvariants(w);
    if (overHistoryBound(w, keyframes, policy)) enforceHistoryPolicy(w, keyframes, policy);
  };

  const runUntilInner = (tMs: number, maxSteps: number): RunResult => {
    let steps = 0;
    for (;;) {
      const t = nextAt();
      if (t >= tMs) break;
      if (steps >= maxSteps) return { steps, truncated: true };
      stepAt(t);
      steps++;
    }
    if (tMs > w.m.nowMs) w.m.nowMs = tMs;
    return { steps, truncated: false };
  };

  const seekInner = (tMs: number): SeekResult => {
    const target = Math.max(0, Math.min(Math.floor(tMs), scenario.durationMs));
    // History before the oldest kept keyframe was dropped (see historyWindow.ts).
    if (target < keyframes[0]!.atMs) return seekBeforeHistory(target, keyframes[0]!.atMs, policy);
    const kf = keyframes[keyframeAtOrBefore(keyframes, target)]!;
    // Running forward from the present is cheaper whenever no keyframe lies between.
    if (target < w.m.nowMs || kf.atMs > w.m.nowMs) {
      restoreKeyframe(w, kf);
      stepsAtLastKeyframe = w.m.steps;
      traceAtLastKeyframe = w.m.traceLength;
    }
    runUntilInner(target, Infinity);
    return { ok: true, tMs: target };
  };

  const sim: Simulation = {
    seed,
    nowMs: () => w.m.nowMs,
    step: () => {
      const t = nextAt();
      if (t === Infinity || t >= scenario.durationMs) return false;
      stepAt(t);
      changed();
      return true;
    },
    runUntil: (tMs: number, limits: RunLimits = {}) => {
      const result = runUntilInner(Math.min(tMs, scenario.durationMs), limits.maxSteps ?? Infinity);
      changed();
      return result;
    },
    apply: (command: Intervention) => {
      const atMs = w.m.lastEventAtMs === w.m.nowMs ? w.m.nowMs + 1 : w.m.nowMs;
      const timed: TimedIntervention = { ...command, atMs };
      let at = w.m.interventionCursor;
      while (at < w.interventions.length && w.interventions[at]!.atMs <= atMs) at++;
      w.interventions.splice(at, 0, timed);
      // Keyframes after the new command belong to a future that no longer happens.
      while (keyframes.length > 1 && keyframes[keyframes.length - 1]!.atMs > atMs) keyframes.pop();
      truncateStores(w);
      changed();
      return atMs;
    },
    seek: (tMs: number) => {
      const result = seekInner(tMs);
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
      const t = nextAt();
      return t === Infinity ? null : t;
    },
  };
  return sim;
}
