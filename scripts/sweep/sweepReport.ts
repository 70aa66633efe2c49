// Gathers the figures of a sweep: per-seed outcomes summed into totals, for the progress lines and
// the --report JSON.

import type { SeedOutcome } from '../../tests/sim/runSeed.ts';

export interface SweepTotals {
  seedsRun: number;
  seedsFailed: number[];
  knownEngineBugSeeds: number[];
  violations: number;
  faultsInjectedByKind: Record<string, number>;
  engineInvariantSteps: number;
  sweepChecks: number;
}

export function createTotals(): SweepTotals {
  return {
    seedsRun: 0,
    seedsFailed: [],
    knownEngineBugSeeds: [],
    violations: 0,
    faultsInjectedByKind: {},
    engineInvariantSteps: 0,
    sweepChecks: 0,
  };
}

/** Adds one seed; a known engine bug is listed apart and does not count as a violation. */
export function addOutcome(totals: SweepTotals, outcome: SeedOutcome, knownBug: boolean): void {
  totals.seedsRun++;
  totals.engineInvariantSteps += outcome.invariantSteps;
  totals.sweepChecks += outcome.sweepChecks;
  for (const [kind, n] of Object.entries(outcome.faultsByKind)) {
    totals.faultsInjectedByKind[kind] = (totals.faultsInjectedByKind[kind] ?? 0) + n;
  }
  if (outcome.violations.length === 0) return;
  if (knownBug) totals.knownEngineBugSeeds.push(outcome.seed);
  else {
    totals.seedsFailed.push(outcome.seed);
    totals.violations += outcome.violations.length;
  }
}
