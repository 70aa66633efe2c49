// Gathers the figures of a sweep: per-seed outcomes summed into totals, for the progress lines and
// the --report JSON.

import type { SeedOutcome } from '../../tests/sim/runSeed.ts';

export interface SweepTotals {
  seedsRun: number;
  seedsFailed: number[];
  knownEngineBugSeeds: number[];
  violations: number;
  faultsInjectedByKind: Record<string, number>;
  clusterCoverage: Record<string, number>;
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
    clusterCoverage: {},
    engineInvariantSteps: 0,
    sweepChecks: 0,
  };
}

function addCounts(into: Record<string, number>, counts: Readonly<Record<string, number>>): void {
  for (const [key, n] of Object.entries(counts)) into[key] = (into[key] ?? 0) + n;
}

/** Adds one seed; a known engine bug is listed apart and does not count as a violation. */
export function addOutcome(totals: SweepTotals, outcome: SeedOutcome, knownBug: boolean): void {
  totals.seedsRun++;
  totals.engineInvariantSteps += outcome.invariantSteps;
  totals.sweepChecks += outcome.sweepChecks;
  addCounts(totals.faultsInjectedByKind, outcome.faultsByKind);
  addCounts(totals.clusterCoverage, outcome.coverage);
  if (outcome.violations.length === 0) return;
  if (knownBug) totals.knownEngineBugSeeds.push(outcome.seed);
  else {
    totals.seedsFailed.push(outcome.seed);
    totals.violations += outcome.violations.length;
  }
}
