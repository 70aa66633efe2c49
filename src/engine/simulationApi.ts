// The public face of a running simulation. A `Simulation` owns mutable engine state behind this
// interface; callers move it only through these methods, so every run stays reproducible from its
// scenario, seed and the interventions recorded here.

import type { Intervention, TimedIntervention } from './model/scenarioModel.ts';
import type { TraceEvent } from './trace/traceEvent.ts';
import type { WorldView } from './view/worldView.ts';

export interface SimulationOptions {
  /** Overrides the scenario's seed. */
  readonly seed?: number;
  /** Engine events between keyframes used by `seek`; the default keeps a seek under a few ms. */
  readonly keyframeEveryEvents?: number;
}

export interface RunLimits {
  /** Stop after this many engine events even if `tMs` is not reached. */
  readonly maxSteps?: number;
}

export interface RunResult {
  readonly steps: number;
  /** True when the run stopped because `maxSteps` was hit. */
  readonly truncated: boolean;
}

export interface Simulation {
  /** Current virtual time in ms. Every event before it has been processed. */
  readonly nowMs: () => number;
  readonly seed: number;
  /** Processes the next queued event; returns false when nothing is left to do. */
  readonly step: () => boolean;
  /** Processes every event with `atMs < tMs`, then sets the clock to `tMs`. */
  readonly runUntil: (tMs: number, limits?: RunLimits) => RunResult;
  /**
   * Schedules an intervention at the current time, ahead of anything else due then. When an event
   * at the current time has already been processed it lands 1 ms later, so that a replay of the
   * recorded interventions reproduces the run exactly. Returns the time it was scheduled at.
   */
  readonly apply: (command: Intervention) => number;
  /** Restores the state at `tMs`, backward or forward; equal to a straight run to `tMs`. */
  readonly seek: (tMs: number) => void;
  /**
   * The whole trace up to the current time, as objects. It is built on demand and cached until
   * the simulation moves, so per-frame readers should use `traceLength` and `traceSlice`.
   */
  readonly trace: () => readonly TraceEvent[];
  /** Number of trace events up to the current time. */
  readonly traceLength: () => number;
  /** Trace events with index in [from, to), clamped to the current length. */
  readonly traceSlice: (from: number, to: number) => TraceEvent[];
  /** Every intervention in effect: the scenario's plus those applied live, in time order. */
  readonly interventions: () => readonly TimedIntervention[];
  /** A plain-data picture of the world now; the same object until the simulation moves. */
  readonly getState: () => WorldView;
  /** Called after every method that moves the simulation. Returns an unsubscribe function. */
  readonly subscribe: (listener: () => void) => () => void;
  /** Time of the next queued event, or null when the queue is empty. */
  readonly nextEventAtMs: () => number | null;
}
