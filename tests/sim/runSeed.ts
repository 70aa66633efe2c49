// Runs one seed of the sweep: generate the scenario, run it with the engine's invariants checked
// after every step, check the trace and the world at a few times, check liveness at the end, and
// for every tenth seed check determinism (run twice, and seek). It never throws; an engine
// exception becomes a violation, so the sweep can report the seed and go on.

import { createSimulation, type Simulation } from '../../src/engine/index.ts';
import { checkRunTwice, checkSeeks, traceHash } from './determinismChecks.ts';
import { generateScenario, type GeneratedScenario } from './generateScenario.ts';
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
  /** Safety-phase faults by intervention type. */
  readonly faultsByKind: Readonly<Record<string, number>>;
  /** Engine steps run with the invariant checker on. */
  readonly invariantSteps: number;
  /** Individual checks made by the sweep's own trace and state checkers. */
  readonly sweepChecks: number;
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
  for (const i of generated.scenario.interventions)
    if (i.atMs < generated.healMs) counts[i.type] = (counts[i.type] ?? 0) + 1;
  return counts;
}

/** Checkpoints: a quarter, half, the heal, four fifths and the end of the run. */
function checkpoints(generated: GeneratedScenario): number[] {
  const d = generated.scenario.durationMs;
  return [Math.floor(d / 4), Math.floor(d / 2), generated.healMs, Math.floor((d * 4) / 5), d];
}

function runChecked(generated: GeneratedScenario, sim: Simulation, state: TraceCheckState): number {
  let steps = 0;
  for (const t of checkpoints(generated)) {
    steps += sim.runUntil(t).steps;
    checkNewTraceEvents(state, sim);
    checkViewSafety(state, sim.getState());
  }
  checkTraceUnchanged(state, sim);
  checkViewLiveness(state, sim.getState());
  checkNothingSkipped(state, sim.getState(), generated.scenario);
  return steps;
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
    invariantSteps: 0,
    sweepChecks: 0,
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
    // Small keyframe spacing makes the determinism seeks restore keyframes, not just run forward.
    const sim = createSimulation(generated.scenario, {
      checkInvariantsEveryStep: true,
      keyframeEveryEvents: 512,
    });
    const state = createTraceCheckState(generated.scenario);
    const invariantSteps = runChecked(generated, sim, state);
    const violations = [...state.violations, ...determinismProblems(generated, sim)];
    return {
      seed,
      violations,
      faultsByKind: countFaults(generated),
      invariantSteps,
      sweepChecks: state.checks,
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
