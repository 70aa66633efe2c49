// The public face of a running simulation. A `Simulation` owns mutable engine state behind this
// interface; callers move it only through these methods, so every run stays reproducible from its
// scenario, seed and the interventions recorded here.

import type { Intervention, TimedIntervention } from './model/interventions.ts';
import type { TraceEvent } from './trace/traceEvent.ts';
import type { WorldView } from './view/worldView.ts';

export interface SimulationOptions {
  /** Overrides the scenario's seed. */
  readonly seed?: number;
  /**
   * Engine events between keyframes used by `seek`. By default at least 8,192, growing with the size
   * of the state a keyframe copies (see simulation/keyframes.ts), which keeps a seek to tens of ms.
   */
  readonly keyframeEveryEvents?: number;
  /** How much history (trace and keyframes) a run keeps; see `HistoryOptions`. */
  readonly history?: HistoryOptions;
}

/**
 * The bounded-history policy (src/engine/simulation/README.md, "Bounded history"). A run keeps at
 * most `maxTraceEvents` trace events: past that, the oldest keyframe is dropped and every trace
 * event before the next one is evicted with it, so the kept history always starts at a keyframe
 * and `seek` works for any time from there on. It keeps at most `maxKeyframes` keyframes: past
 * that, every second one is dropped, which slows seeks but loses no history. Log records that
 * retention deleted are freed once no kept keyframe can reach them. The defaults keep the whole
 * history of every bundled scenario (the longest has about 14,000 trace events).
 */
export interface HistoryOptions {
  /** Most trace events kept, a whole number from 1,000 to 100,000,000. Default 1,000,000. */
  readonly maxTraceEvents?: number;
  /** Most keyframes kept, a whole number from 2 to 100,000. Default 256. */
  readonly maxKeyframes?: number;
}

/** The policy in force, with its defaults filled in. */
export interface HistoryPolicy {
  readonly maxTraceEvents: number;
  readonly maxKeyframes: number;
}

/** What a run holds of its past right now. */
export interface HistoryWindow {
  readonly policy: HistoryPolicy;
  /** True once any history was dropped; `earliestSeekableMs` is then above 0. */
  readonly dropped: boolean;
  /** The earliest time `seek` accepts: the time of the oldest kept keyframe. */
  readonly earliestSeekableMs: number;
  /**
   * Absolute index of the first kept trace event, which is also how many were evicted. Trace
   * indices never change meaning: event i is event i before and after an eviction.
   */
  readonly firstTraceIndex: number;
  /** Trace events kept in the current timeline (`traceLength() - firstTraceIndex`). */
  readonly retainedTraceEvents: number;
  readonly keyframes: number;
  /** Log records held in memory, over all partitions. */
  readonly heldRecords: number;
  /** Log records freed: retention had deleted them and no kept keyframe could reach them. */
  readonly freedRecords: number;
}

/** The outcome of `seek`: it lands, or names the earliest time it could have gone to. */
export type SeekResult =
  | { readonly ok: true; readonly tMs: number }
  | {
      readonly ok: false;
      readonly reason: 'history-dropped';
      readonly requestedMs: number;
      readonly earliestSeekableMs: number;
      /** A sentence for people, naming the earliest seekable time and the policy. */
      readonly message: string;
    };

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
  /**
   * Restores the state at `tMs`, backward or forward; equal to a straight run to `tMs`. A time
   * before `history().earliestSeekableMs` leaves the simulation where it is and returns
   * `{ ok: false, reason: 'history-dropped', earliestSeekableMs, ... }`.
   */
  readonly seek: (tMs: number) => SeekResult;
  /**
   * The kept trace up to the current time, as objects: element 0 is trace event
   * `history().firstTraceIndex` (0 until history is dropped). It is built on demand and cached
   * until the simulation moves, so per-frame readers should use `traceLength` and `traceSlice`.
   */
  readonly trace: () => readonly TraceEvent[];
  /** Number of trace events up to the current time, evicted ones included (an absolute index). */
  readonly traceLength: () => number;
  /**
   * Trace events with absolute index in [from, to), clamped to the kept part
   * [`history().firstTraceIndex`, `traceLength()`).
   */
  readonly traceSlice: (from: number, to: number) => TraceEvent[];
  /** The bounded-history window: what is kept, from when, and under which policy. */
  readonly history: () => HistoryWindow;
  /** Every intervention in effect: the scenario's plus those applied live, in time order. */
  readonly interventions: () => readonly TimedIntervention[];
  /** A plain-data picture of the world now; the same object until the simulation moves. */
  readonly getState: () => WorldView;
  /** Called after every method that moves the simulation. Returns an unsubscribe function. */
  readonly subscribe: (listener: () => void) => () => void;
  /** Time of the next queued event, or null when the queue is empty. */
  readonly nextEventAtMs: () => number | null;
}
