// The event loop of one simulation: it runs the next thing due (an intervention, ahead of any
// event queued for its time, or else the head of the queue), takes keyframes as it goes, keeps the
// bounded-history policy, and seeks by restoring a keyframe and running forward. It reads no
// clock; createSimulation.ts wraps it in the public API.

import { peekTimeMs, popEvent, type PoppedEvent } from '../core/eventQueue.ts';
import type { HistoryPolicy, RunResult, SeekResult, SimulationOptions } from '../simulationApi.ts';
import { applyIntervention } from '../world/applyIntervention.ts';
import { dispatchEvent } from '../world/dispatchEvent.ts';
import { deferIfPaused } from '../world/pauseDeferral.ts';
import type { World } from '../world/worldTypes.ts';
import { checkInvariants } from './invariants.ts';
import {
  keyframeAtOrBefore,
  keyframeSpacing,
  restoreKeyframe,
  takeKeyframe,
  type Keyframe,
} from './keyframes.ts';
import {
  enforceHistoryPolicy,
  overHistoryBound,
  seekBeforeHistory,
  traceEventsPerKeyframe,
} from './historyWindow.ts';

export interface InternalOptions extends SimulationOptions {
  /** Check the world's invariants after every step; for tests and sweeps. */
  readonly checkInvariantsEveryStep?: boolean;
}

export interface EventLoop {
  /** The kept keyframes, oldest first. */
  readonly keyframes: Keyframe[];
  /** Time of the next thing to do (intervention or event), or Infinity. */
  readonly nextAt: () => number;
  /** Runs the one next thing, due at `t`. */
  readonly stepAt: (t: number) => void;
  /** Runs everything due before `tMs`, at most `maxSteps` things, then sets the clock to `tMs`. */
  readonly runUntil: (tMs: number, maxSteps: number) => RunResult;
  /** Puts the world where a straight run to `tMs` (clamped to the run) would leave it. */
  readonly seek: (tMs: number) => SeekResult;
}

/** Time of the next thing to do in `w` (intervention or event), or Infinity. */
function nextDueMs(w: World): number {
  const iv = w.interventions[w.m.interventionCursor];
  const ev = peekTimeMs(w.m.queue);
  const evAt = ev < 0 ? Infinity : ev;
  return iv && iv.atMs <= evAt ? iv.atMs : evAt;
}

/** Runs the one thing due at `t`: an intervention due then goes ahead of any queued event. */
function runOne(w: World, t: number, popped: PoppedEvent): void {
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
}

/** The loop of world `w`, whose starting events are queued; takes the keyframe at time 0. */
export function createEventLoop(
  w: World,
  options: InternalOptions,
  policy: HistoryPolicy,
): EventLoop {
  // Keyframes come at least this often in trace events too, so the trace is evicted in small chunks.
  const traceEvery = traceEventsPerKeyframe(policy);
  // Engine events between keyframes: the option's fixed spacing, else one that suits the state.
  const spacingFor = (): number => options.keyframeEveryEvents ?? keyframeSpacing(w.m);
  const check = options.checkInvariantsEveryStep === true;
  const keyframes: Keyframe[] = [takeKeyframe(w, 0)];
  let everyEvents = spacingFor();
  let stepsAtLastKeyframe = 0;
  let traceAtLastKeyframe = w.m.traceLength;
  const popped: PoppedEvent = { atMs: 0, rank: 0, kind: 0, a: 0, b: 0, c: 0 };

  const nextAt = (): number => nextDueMs(w);

  const stepAt = (t: number): void => {
    const due =
      w.m.steps - stepsAtLastKeyframe >= everyEvents ||
      w.m.traceLength - traceAtLastKeyframe >= traceEvery;
    if (due && t > w.m.lastEventAtMs && t > keyframes[keyframes.length - 1]!.atMs) {
      keyframes.push(takeKeyframe(w, t));
      everyEvents = spacingFor();
      stepsAtLastKeyframe = w.m.steps;
      traceAtLastKeyframe = w.m.traceLength;
    }
    runOne(w, t, popped);
    if (check) checkInvariants(w);
    if (overHistoryBound(w, keyframes, policy)) enforceHistoryPolicy(w, keyframes, policy);
  };

  const runUntil = (tMs: number, maxSteps: number): RunResult => {
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

  const seek = (tMs: number): SeekResult => {
    const target = Math.max(0, Math.min(Math.floor(tMs), w.scenario.durationMs));
    // History before the oldest kept keyframe was dropped (see historyWindow.ts).
    if (target < keyframes[0]!.atMs) return seekBeforeHistory(target, keyframes[0]!.atMs, policy);
    const kf = keyframes[keyframeAtOrBefore(keyframes, target)]!;
    // Running forward from the present is cheaper whenever no keyframe lies between.
    if (target < w.m.nowMs || kf.atMs > w.m.nowMs) {
      restoreKeyframe(w, kf);
      stepsAtLastKeyframe = w.m.steps;
      traceAtLastKeyframe = w.m.traceLength;
    }
    runUntil(target, Infinity);
    return { ok: true, tMs: target };
  };

  return { keyframes, nextAt, stepAt, runUntil, seek };
}
