// Gathers the figures of a sweep: per-seed outcomes summed into totals, for the progress lines and
// the --report JSON.

import type { SeedOutcome } from '../../tests/sim/runSeed.ts';

export interface SweepTotals {
  seedsRun: number;
  seedsFailed: number[];
  knownEngineBugSeeds: number[];
  violations: number;
  faultsInjectedByKind: Record<string, number>;
  coverage: Record<string, number>;
  engineInvariantSteps: number;
  sweepChecks: number;
  /** The stream-job checks among `sweepChecks`, by name. */
  jobChecks: Record<string, number>;
}

export function createTotals(): SweepTotals {
  return {
    seedsRun: 0,
    seedsFailed: [],
    knownEngineBugSeeds: [],
    violations: 0,
    faultsInjectedByKind: {},
    coverage: {},
    engineInvariantSteps: 0,
    sweepChecks: 0,
    jobChecks: {},
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
  addCounts(totals.coverage, outcome.coverage);
  addCounts(totals.jobChecks, outcome.jobChecks);
  if (outcome.violations.length === 0) return;
  if (knownBug) totals.knownEngineBugSeeds.push(outcome.seed);
  else {
    totals.seedsFailed.push(outcome.seed);
    totals.violations += outcome.violations.length;
  }
}

/**
 * The sweep's own checks by kind: each named stream-job check, and the trace and state checks of
 * logs, groups and the cluster as one figure.
 */
export function checksByKind(
  totals: SweepTotals,
  jobCheckNames: readonly string[],
): Record<string, number> {
  const jobTotal = Object.values(totals.jobChecks).reduce((a, b) => a + b, 0);
  const byKind: Record<string, number> = {
    'logs, offsets, groups and replication (trace and state)': totals.sweepChecks - jobTotal,
  };
  for (const name of jobCheckNames) byKind[name] = totals.jobChecks[name] ?? 0;
  return byKind;
}

/** Fault counts over every known kind, zero where a kind never came up, so none goes unlisted. */
export function faultsByKind(
  totals: SweepTotals,
  kinds: readonly string[],
): Record<string, number> {
  const all = [...new Set([...kinds, ...Object.keys(totals.faultsInjectedByKind)])].sort();
  return Object.fromEntries(all.map((k) => [k, totals.faultsInjectedByKind[k] ?? 0]));
}
