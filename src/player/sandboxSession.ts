// One learner's session on one scenario: the running simulation and its player controller, the
// seed, and the branches of live interventions. Changing seed or branch rebuilds the simulation
// from the scenario plus that branch's interventions and returns to the same moment, so the
// session is always a pure function of (scenario, seed, interventions, position).

import type {
  Intervention,
  ScenarioModel,
  Simulation,
  SimulationOptions,
  TimedIntervention,
} from '../engine/index.ts';
import {
  appendToCurrent,
  createBranchSet,
  currentBranch,
  forkCurrent,
  selectBranch,
  type BranchSet,
} from './branchSet.ts';
import { applyAndRun, unrunSuffixLength } from './liveInterventions.ts';
import { currentPosition, stepToTraceLength, type PlaybackPosition } from './playbackPosition.ts';
import { createPlayerController, type PlayerController } from './playerController.ts';
import type { PlayerStore } from './playerStore.ts';
import type { TickSource } from './tickSource.ts';

export type SimulationFactory = (
  scenario: ScenarioModel,
  options?: SimulationOptions,
) => Simulation;

export interface SandboxSessionOptions {
  readonly scenario: ScenarioModel;
  readonly createSimulation: SimulationFactory;
  readonly tickSource: TickSource;
  readonly store: PlayerStore;
  /** Defaults to the scenario's seed. */
  readonly seed?: number;
  /** Live interventions to replay, in engine order (from a shared link). */
  readonly interventions?: readonly TimedIntervention[];
  /** Where to start; absent starts idle at 0. */
  readonly position?: PlaybackPosition;
}

export interface SessionSnapshot {
  readonly sim: Simulation;
  readonly controller: PlayerController;
  readonly seed: number;
  readonly branches: BranchSet;
}

export interface AppliedIntervention {
  readonly intervention: TimedIntervention;
  /** The branch created for it when the old branch had a future here, else null. */
  readonly newBranchId: number | null;
}

export interface SandboxSession {
  /** The same object until something changes, for `useSyncExternalStore`. */
  readonly getSnapshot: () => SessionSnapshot;
  readonly subscribe: (listener: () => void) => () => void;
  /** Applies a command now; returns null when the run has ended or the engine failed. */
  readonly apply: (command: Intervention) => AppliedIntervention | null;
  readonly switchBranch: (branchId: number) => void;
  /** Replays the current branch with another seed, at the same time. */
  readonly setSeed: (seed: number) => void;
  readonly dispose: () => void;
}

interface Built {
  readonly sim: Simulation;
  readonly controller: PlayerController;
}

/**
 * Creates a session and its first simulation; throws if the engine cannot start.
 *
 * @example
 * const session = createSandboxSession({ scenario, createSimulation, tickSource, store });
 * session.apply({ type: 'consumer.crash', target: 'c1' });
 */
export function createSandboxSession(options: SandboxSessionOptions): SandboxSession {
  const { scenario, store } = options;
  const listeners = new Set<() => void>();
  const seed = (options.seed ?? scenario.seed) >>> 0;
  const branches = createBranchSet(options.interventions ?? []);
  const first = buildRun(options, seed, currentBranch(branches).interventions, options.position);
  let snapshot: SessionSnapshot = { ...first, seed, branches };

  const publish = (next: SessionSnapshot): void => {
    snapshot = next;
    for (const listener of [...listeners]) listener();
  };
  const fail = (error: unknown): void => {
    snapshot.controller.dispose();
    store.setState({ error: error instanceof Error ? error : new Error(String(error)) });
  };
  // Rebuilds at the current time; `exact` also restores the trace length within the millisecond.
  const rebuild = (nextSeed: number, set: BranchSet, exact: boolean): Built => {
    const { sim, controller } = snapshot;
    const position = exact ? currentPosition(sim) : { tMs: sim.nowMs(), traceLength: 0 };
    const resume = controller.status() === 'playing';
    controller.dispose();
    const built = buildRun(options, nextSeed, currentBranch(set).interventions, position);
    if (resume) built.controller.send({ type: 'PLAY' });
    return built;
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    apply(command) {
      try {
        const result = applyToSession(snapshot, command, scenario.durationMs, rebuild);
        if (result !== null) publish(result.snapshot);
        return result?.applied ?? null;
      } catch (error) {
        fail(error);
        return null;
      }
    },
    switchBranch(branchId) {
      const set = selectBranch(snapshot.branches, branchId);
      if (set.currentId === snapshot.branches.currentId) return;
      guarded(fail, () =>
        publish({ ...rebuild(snapshot.seed, set, false), seed: snapshot.seed, branches: set }),
      );
    },
    setSeed(nextSeed) {
      const seedValue = nextSeed >>> 0;
      if (seedValue === snapshot.seed) return;
      guarded(fail, () =>
        publish({
          ...rebuild(seedValue, snapshot.branches, false),
          seed: seedValue,
          branches: snapshot.branches,
        }),
      );
    },
    dispose: () => snapshot.controller.dispose(),
  };
}

type Rebuild = (seed: number, set: BranchSet, exact: boolean) => Built;

interface ApplyResult {
  readonly snapshot: SessionSnapshot;
  readonly applied: AppliedIntervention;
}

/**
 * Applies on the current branch when nothing recorded on it is still to come; otherwise forks a
 * new branch that keeps only the part already run, so the old future stays on the old branch.
 */
function applyToSession(
  snapshot: SessionSnapshot,
  command: Intervention,
  durationMs: number,
  rebuild: Rebuild,
): ApplyResult | null {
  if (snapshot.sim.nowMs() >= durationMs) return null;
  const live = currentBranch(snapshot.branches).interventions;
  const unrun = unrunSuffixLength(snapshot.sim, live);
  if (unrun === 0) {
    const intervention = { ...command, atMs: applyAndRun(snapshot.sim, command, durationMs) };
    const branches = appendToCurrent(snapshot.branches, intervention);
    return { snapshot: { ...snapshot, branches }, applied: { intervention, newBranchId: null } };
  }
  const kept = live.slice(0, live.length - unrun);
  const forkAtMs = snapshot.sim.nowMs();
  const forked = forkCurrent(snapshot.branches, kept, forkAtMs);
  const built = rebuild(snapshot.seed, forked, true);
  const intervention = { ...command, atMs: applyAndRun(built.sim, command, durationMs) };
  const branches = appendToCurrent(forked, intervention);
  return {
    snapshot: { ...built, seed: snapshot.seed, branches },
    applied: { intervention, newBranchId: branches.currentId },
  };
}

function guarded(fail: (error: unknown) => void, action: () => void): void {
  try {
    action();
  } catch (error) {
    fail(error);
  }
}

/** A fresh simulation of the scenario plus `live`, with a controller, at `position` if given. */
function buildRun(
  options: SandboxSessionOptions,
  seed: number,
  live: readonly TimedIntervention[],
  position: PlaybackPosition | undefined,
): Built {
  const { scenario, store } = options;
  // The engine sorts interventions by time and keeps list order among equal times, so the
  // scenario's own commands run before live ones due at the same millisecond, as they did live.
  const withLive = { ...scenario, interventions: [...scenario.interventions, ...live] };
  const sim = options.createSimulation(withLive, { seed });
  const controller = createPlayerController({
    sim,
    durationMs: scenario.durationMs,
    tickSource: options.tickSource,
    store,
    speed: store.getState().speed,
  });
  if (position !== undefined) {
    controller.send({ type: 'SEEK', tMs: position.tMs });
    stepToTraceLength(sim, position);
  }
  return { sim, controller };
}
