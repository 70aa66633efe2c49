// Judges the scenario's expected outcomes as the live run passes the time each one needs. The
// simplest correct approach: once the clock has reached an outcome's time, checkOutcomes runs on
// the live simulation's trace (events before that time are final) with a `stateAt` that seeks a
// separate headless simulation of the same run (scenario, seed and every intervention), so the
// live one never moves. Verdicts are kept per run; a seek back hides them until the time returns.
// A failureFreeOutput outcome also needs the run without its faults, made once per run.

import { useMemo, useRef } from 'react';
import type { Simulation, WorldView } from '../../engine/index.ts';
import type { SimulationFactory } from '../../player/index.ts';
import {
  checkOutcomes,
  describeAssertion,
  failureFreeScenario,
  type OutcomeResult,
  type OutcomeRun,
  type ScenarioFile,
} from '../../scenario/index.ts';
import { outcomeDueMs } from './outcomeTimes.ts';

export type OutcomeStatus = 'waiting' | 'shown' | 'not-shown';

export interface OutcomeRow {
  readonly label: string;
  readonly dueMs: number;
  readonly status: OutcomeStatus;
  /** The checker's sentence once judged: what was expected and what was found. */
  readonly message: string | null;
}

interface VerdictCache {
  readonly runKey: string;
  readonly sim: Simulation;
  readonly verdicts: Map<number, OutcomeResult>;
  /** The failure-free run of this run, made once when an outcome first compares with it. */
  failureFree: OutcomeRun | null;
}

function headlessStateAt(
  scenario: ScenarioFile,
  sim: Simulation,
  createSimulation: SimulationFactory,
): (tMs: number) => WorldView {
  let headless: Simulation | null = null;
  return (tMs) => {
    headless ??= createSimulation(
      { ...scenario, interventions: sim.interventions() },
      { seed: sim.seed },
    );
    headless.seek(tMs);
    return headless.getState();
  };
}

/**
 * The failure-free run of the live run: its scenario and live interventions without the faults,
 * with the same seed, run headless to the end; made once per run and kept in the cache.
 */
function failureFreeRun(
  scenario: ScenarioFile,
  cache: VerdictCache,
  createSimulation: SimulationFactory,
): () => OutcomeRun {
  return () => {
    if (cache.failureFree !== null) return cache.failureFree;
    const clean = failureFreeScenario({ ...scenario, interventions: cache.sim.interventions() });
    const run = createSimulation(clean, { seed: cache.sim.seed });
    run.runUntil(clean.durationMs);
    const stateAt = (tMs: number): WorldView => {
      run.seek(tMs);
      return run.getState();
    };
    cache.failureFree = { trace: run.trace(), stateAt };
    return cache.failureFree;
  };
}

function judge(
  scenario: ScenarioFile,
  cache: VerdictCache,
  createSimulation: SimulationFactory,
  indexes: readonly number[],
): OutcomeResult[] {
  const expect = indexes.map((i) => scenario.expect[i]).filter((a) => a !== undefined);
  const stateAt = headlessStateAt(scenario, cache.sim, createSimulation);
  const failureFree = failureFreeRun(scenario, cache, createSimulation);
  return checkOutcomes({ ...scenario, expect }, { trace: cache.sim.trace(), stateAt, failureFree });
}

export function useOutcomes(
  scenario: ScenarioFile,
  sim: Simulation,
  nowMs: number,
  createSimulation: SimulationFactory,
): OutcomeRow[] {
  const cache = useRef<VerdictCache | null>(null);
  const dueTimes = useMemo(
    () => scenario.expect.map((a) => outcomeDueMs(a, scenario.durationMs)),
    [scenario],
  );
  const dueKey = dueTimes.map((t) => (nowMs >= t ? '1' : '0')).join('');
  const runKey = `${sim.seed}:${sim.interventions().length}`;
  return useMemo(() => {
    if (cache.current?.sim !== sim || cache.current.runKey !== runKey)
      cache.current = { sim, runKey, verdicts: new Map(), failureFree: null };
    const verdicts = cache.current.verdicts;
    const due = dueTimes.flatMap((_, i) => (dueKey[i] === '1' && !verdicts.has(i) ? [i] : []));
    if (due.length > 0)
      judge(scenario, cache.current, createSimulation, due).forEach((r, k) =>
        verdicts.set(due[k] ?? -1, r),
      );
    return scenario.expect.map((assertion, i): OutcomeRow => {
      const verdict = dueKey[i] === '1' ? verdicts.get(i) : undefined;
      return {
        label: assertion.label ?? describeAssertion(assertion),
        dueMs: dueTimes[i] ?? scenario.durationMs,
        status: verdict === undefined ? 'waiting' : verdict.ok ? 'shown' : 'not-shown',
        message: verdict?.message ?? null,
      };
    });
  }, [scenario, sim, runKey, dueKey, dueTimes, createSimulation]);
}
