// Runs one seed of the sweep: generate the scenario, run it with the engine's invariants checked
// after every step, check the trace and the world at a dozen times, check liveness and acknowledged
// records at the end, compare stream jobs and dataflows that failed with one run without their
// failures, and for every tenth seed check determinism (run twice, and seek). It never throws; an
// engine exception becomes a violation, so the sweep can report the seed and go on.

import { createSimulation, type Simulation, type WorldView } from '../../src/engine/index.ts';
import { checkAckedKept } from './clusterChecks.ts';
import { clusterCoverage } from './coverage.ts';
import { checkRunTwice, checkSeeks, traceHash } from './determinismChecks.ts';
import { generateScenario, type GeneratedScenario } from './generateScenario.ts';
import { compareDataflowsWithFailureFree, runFlowsFailureFree } from './dataflowComparison.ts';
import { dataflowCoverage } from './dataflowCoverage.ts';
import { compareWithFailureFree, runFailureFree } from './jobComparison.ts';
import { jobCoverage } from './jobCoverage.ts';
import { createSimRandom } from './simRandom.ts';
import {
  checkNewTraceEvents,
  checkTraceUnchanged,
  createTraceCheckState,
  type TraceCheckState,
} from './traceChecks.ts';
import { checkNothingSkipped, checkViewLiveness, checkViewSafety } from './viewChecks.ts';

export interface SeedOutcome {
  readonly seed: number;
  readonly violations: readonly string[];
  /** Safety-phase faults by fault kind label (see faultKinds.ts). */
  readonly faultsByKind: Readonly<Record<string, number>>;
  /** What the seed exercised of the cluster: settings drawn and events that happened. */
  readonly coverage: Readonly<Record<string, number>>;
  /** Engine steps run with the invariant checker on. */
  readonly invariantSteps: number;
  /** Individual checks made by the sweep's own trace and state checkers. */
  readonly sweepChecks: number;
  /** The stream-job checks among `sweepChecks`, by name (see jobCheckState.ts). */
  readonly jobChecks: Readonly<Record<string, number>>;
  /** Undefined when generation itself failed. */
  readonly generated: GeneratedScenario | undefined;
}

/** The command that runs exactly this seed again, printed with every failure. */
export function reproduceCommand(seed: number): string {
  return `npm run sweep -- --seeds 1 --from ${seed}`;
}

/** Every tenth seed also checks determinism; the others keep the sweep fast. */
export function checksDeterminism(seed: number): boolean {
  return seed % 10 === 0;
}

function countFaults(generated: GeneratedScenario): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const label of [...generated.faultLabels, ...generated.inputFaultLabels])
    counts[label] = (counts[label] ?? 0) + 1;
  return counts;
}

const CHECKPOINTS = 12;

/** Checkpoints: every twelfth of the run, and the heal; the high watermark is sampled at each. */
function checkpoints(generated: GeneratedScenario): number[] {
  const d = generated.scenario.durationMs;
  const times = Array.from({ length: CHECKPOINTS }, (_, i) =>
    Math.floor((d * (i + 1)) / CHECKPOINTS),
  );
  return [...new Set([...times, generated.healMs])].sort((a, b) => a - b);
}

/** Runs the seed through its checkpoints; returns the engine steps and acked records checked. */
function runChecked(
  generated: GeneratedScenario,
  sim: Simulation,
  state: TraceCheckState,
): { steps: number; ackedChecked: number; end: WorldView } {
  let steps = 0;
  for (const t of checkpoints(generated)) {
    steps += sim.runUntil(t).steps;
    checkNewTraceEvents(state, sim);
    checkViewSafety(state, sim.getState());
  }
  const end = sim.getState();
  checkTraceUnchanged(state, sim);
  checkViewLiveness(state, end, generated.scenario, generated.healMs);
  checkNothingSkipped(state, end, generated.scenario);
  const ackedChecked = checkAckedKept(state.cluster, end, (ok, message) => {
    state.checks++;
    if (!ok) state.violations.push(`at ${end.nowMs} ms, state: ${message}`);
  });
  const clean = runFailureFree(generated.scenario);
  const againstClean = (ok: boolean, message: string): void => {
    state.checks++;
    if (!ok) state.violations.push(`at ${end.nowMs} ms, against the failure-free run: ${message}`);
  };
  compareWithFailureFree(state.jobs, generated.scenario, end, againstClean, clean);
  // A full failure-free run serves the dataflows too; otherwise they get a lighter one of their own.
  const flowsClean = clean ?? runFlowsFailureFree(state.flows, generated.scenario);
  if (flowsClean !== undefined)
    compareDataflowsWithFailureFree(state.flows, generated.scenario, end, flowsClean, againstClean);
  return { steps, ackedChecked, end };
}

function determinismProblems(generated: GeneratedScenario, sim: Simulation): string[] {
  if (!checksDeterminism(generated.seed)) return [];
  const hash = traceHash(sim);
  return [
    ...checkRunTwice(generated.scenario, hash),
    ...checkSeeks(sim, generated.scenario, createSimRandom(generated.seed, 'seeks')),
  ];
}

function failedOutcome(
  seed: number,
  generated: GeneratedScenario | undefined,
  error: unknown,
): SeedOutcome {
  const message = error instanceof Error ? error.message : String(error);
  return {
    seed,
    violations: [`threw: ${message}`],
    faultsByKind: {},
    coverage: {},
    invariantSteps: 0,
    sweepChecks: 0,
    jobChecks: {},
    generated,
  };
}

/**
 * Runs one seed and reports what it found.
 *
 * @example
 * const outcome = runSeed(42);
 * if (outcome.violations.length > 0) console.log(reproduceCommand(42));
 */
export function runSeed(seed: number): SeedOutcome {
  let generated: GeneratedScenario | undefined;
  try {
    generated = generateScenario(seed);
    // Small keyframe spacing makes the determinism seeks restore keyframes, not just run forward;
    // seeds that do not seek keep the default spacing, since every keyframe copies the world.
    const sim = createSimulation(generated.scenario, {
      checkInvariantsEveryStep: true,
      ...(checksDeterminism(seed) ? { keyframeEveryEvents: 512 } : {}),
    });
    const state = createTraceCheckState(generated.scenario, sim.getState());
    const { steps, ackedChecked, end } = runChecked(generated, sim, state);
    const coverage = {
      ...clusterCoverage(generated.scenario, state.cluster, ackedChecked),
      ...jobCoverage(generated.scenario, state.jobs, end),
      ...dataflowCoverage(generated.scenario, state.flows),
    };
    const violations = [...state.violations, ...determinismProblems(generated, sim)];
    return {
      seed,
      violations,
      faultsByKind: countFaults(generated),
      coverage,
      invariantSteps: steps,
      sweepChecks: state.checks,
      jobChecks: state.jobs.counts,
      generated,
    };
  } catch (error) {
    return failedOutcome(seed, generated, error);
  }
}

/** The failure text: seed and reproduce command first, then at most 20 violations. */
export function describeFailure(outcome: SeedOutcome): string {
  const lines = outcome.violations.slice(0, 20).map((v) => `  - ${v}`);
  if (outcome.violations.length > 20) lines.push(`  - and ${outcome.violations.length - 20} more`);
  return [`seed ${outcome.seed}: reproduce with: ${reproduceCommand(outcome.seed)}`, ...lines].join(
    '\n',
  );
}
