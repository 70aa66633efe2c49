// The shapes the outcome checker reads and returns. A run is given as its trace plus a way to see
// the world at a chosen time, so the checker stays pure: callers drive the engine (createSimulation,
// runUntil, seek) and pass what it produced.

import type { GroupState, TraceEvent, WorldView } from '../../engine/index.ts';
import type { Assertion } from '../guided/guidedTypes.ts';

/** A finished run: its whole trace, and the world as it was at any time up to its end. */
export interface OutcomeRun {
  readonly trace: readonly TraceEvent[];
  /** The world after every event before `tMs` (the engine's `seek(tMs)` then `getState()`). */
  readonly stateAt: (tMs: number) => WorldView;
  /**
   * The failure-free run: `failureFreeScenario(scenario)` (same seed, faults removed) run to its
   * end, for failureFreeOutput assertions. checkOutcomes calls it at most once, and only when an
   * assertion needs it; without it those assertions fail with a message that says so.
   */
  readonly failureFree?: () => OutcomeRun;
}

export interface OutcomeResult {
  readonly assertion: Assertion;
  readonly ok: boolean;
  /** What was expected and what was found, in a sentence. */
  readonly message: string;
}

export type Verdict = Pick<OutcomeResult, 'ok' | 'message'>;

/** What the group assertions need from a WorldView, kept instead of the view itself. */
export interface GroupFacts {
  readonly state: GroupState;
  /** Records between the committed offsets and the log ends, summed over the group's partitions. */
  readonly lagRecords: number;
}

/** The facts about every group at a time, by group id. */
export type GroupFactsAt = (tMs: number) => ReadonlyMap<string, GroupFacts>;
