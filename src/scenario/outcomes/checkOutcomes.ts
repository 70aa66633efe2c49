// Checks a scenario's expected outcomes against a finished run. It first gathers every time an
// assertion needs to see the world, visits those times in increasing order (so a caller's stateAt
// can run one simulation forward instead of seeking back and forth), then judges each assertion.

import type { WorldView } from '../../engine/index.ts';
import type { Assertion } from '../guided/guidedTypes.ts';
import type { ScenarioFile } from '../scenarioSchema.ts';
import { checkDeliveries } from './deliveryCheck.ts';
import { checkEventCount } from './eventCountCheck.ts';
import { checkGroupState, checkLag, checkLagReaches, probeTimes } from './groupChecks.ts';
import type {
  GroupFacts,
  GroupFactsAt,
  OutcomeResult,
  OutcomeRun,
  Verdict,
} from './outcomeTypes.ts';
import { checkWindowResult } from './windowResultCheck.ts';

function groupFacts(view: WorldView): Map<string, GroupFacts> {
  const facts = new Map<string, GroupFacts>();
  for (const group of view.groups) {
    const lagRecords = Object.values(group.lag).reduce((sum, lag) => sum + lag, 0);
    facts.set(group.id, { state: group.state, lagRecords });
  }
  return facts;
}

/** Reads the world at every probe time, in increasing order, keeping only the group facts. */
function readProbes(scenario: ScenarioFile, run: OutcomeRun): GroupFactsAt {
  const times = new Set(scenario.expect.flatMap((a) => probeTimes(a, run.trace)));
  const facts = new Map<number, Map<string, GroupFacts>>();
  for (const t of [...times].sort((a, b) => a - b)) facts.set(t, groupFacts(run.stateAt(t)));
  return (tMs) => facts.get(tMs) ?? groupFacts(run.stateAt(tMs));
}

function judge(
  a: Assertion,
  scenario: ScenarioFile,
  run: OutcomeRun,
  factsAt: GroupFactsAt,
): Verdict {
  switch (a.kind) {
    case 'groupState':
      return checkGroupState(a, factsAt);
    case 'lag':
      return checkLag(a, factsAt);
    case 'lagReaches':
      return checkLagReaches(a, run.trace, factsAt);
    case 'deliveries':
      return checkDeliveries(a, run.trace, scenario);
    case 'eventCount':
      return checkEventCount(a, run.trace);
    case 'windowResult':
      return checkWindowResult(a, run.trace);
  }
}

/**
 * One result per expected outcome, in file order, each saying what was expected and found.
 *
 * @example
 * const sim = createSimulation(scenario);
 * sim.runUntil(scenario.durationMs);
 * const trace = sim.trace();
 * const stateAt = (t: number) => {
 *   sim.seek(t);
 *   return sim.getState();
 * };
 * const results = checkOutcomes(scenario, { trace, stateAt });
 */
export function checkOutcomes(scenario: ScenarioFile, run: OutcomeRun): OutcomeResult[] {
  const factsAt = readProbes(scenario, run);
  return scenario.expect.map((assertion) => ({
    assertion,
    ...judge(assertion, scenario, run, factsAt),
  }));
}
