// Checks a scenario's expected outcomes against a finished run. It first gathers every time an
// assertion needs to see the world, visits those times in increasing order (so a caller's stateAt
// can run one simulation forward instead of seeking back and forth), then judges each assertion.
// The failure-free run, which failureFreeOutput compares with, is asked for once per call.

import type { WorldView } from '../../engine/index.ts';
import type { Assertion } from '../guided/guidedTypes.ts';
import type { ScenarioFile } from '../scenarioSchema.ts';
import {
  checkDataflowMetric,
  checkSinkRows,
  sinkFacts,
  sinkProbeTimes,
  type SinkFacts,
  type SinkFactsAt,
} from './dataflowChecks.ts';
import { checkDeliveries } from './deliveryCheck.ts';
import { checkEventCount } from './eventCountCheck.ts';
import { checkFailureFree } from './failureFreeCheck.ts';
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

interface Probes {
  readonly groupsAt: GroupFactsAt;
  readonly sinksAt: SinkFactsAt;
}

/**
 * Reads the world at every probe time, in increasing order, keeping only the facts the
 * assertions at that time need: group facts for the group kinds, sink rows for sinkRows and
 * failureFreeOutput.
 */
function readProbes(scenario: ScenarioFile, run: OutcomeRun): Probes {
  const groupTimes = new Set(scenario.expect.flatMap((a) => probeTimes(a, run.trace)));
  const sinkTimes = new Set(scenario.expect.flatMap((a) => sinkProbeTimes(a, scenario.durationMs)));
  const groups = new Map<number, Map<string, GroupFacts>>();
  const sinks = new Map<number, SinkFacts>();
  for (const t of [...new Set([...groupTimes, ...sinkTimes])].sort((a, b) => a - b)) {
    const view = run.stateAt(t);
    if (groupTimes.has(t)) groups.set(t, groupFacts(view));
    if (sinkTimes.has(t)) sinks.set(t, sinkFacts(view));
  }
  return {
    groupsAt: (tMs) => groups.get(tMs) ?? groupFacts(run.stateAt(tMs)),
    sinksAt: (tMs) => sinks.get(tMs) ?? sinkFacts(run.stateAt(tMs)),
  };
}

/** Calls `make` at most once, on first use: the failure-free run costs a whole second run. */
function once<T>(make: (() => T) | undefined): (() => T) | undefined {
  if (make === undefined) return undefined;
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

function judge(
  a: Assertion,
  scenario: ScenarioFile,
  run: OutcomeRun,
  probes: Probes,
  failureFree: (() => OutcomeRun) | undefined,
): Verdict {
  switch (a.kind) {
    case 'groupState':
      return checkGroupState(a, probes.groupsAt);
    case 'lag':
      return checkLag(a, probes.groupsAt);
    case 'lagReaches':
      return checkLagReaches(a, run.trace, probes.groupsAt);
    case 'deliveries':
      return checkDeliveries(a, run.trace, scenario);
    case 'eventCount':
      return checkEventCount(a, run.trace);
    case 'windowResult':
      return checkWindowResult(a, run.trace);
    case 'dataflowMetric':
      return checkDataflowMetric(a, run.trace);
    case 'sinkRows':
      return checkSinkRows(a, probes.sinksAt);
    case 'failureFreeOutput':
      return checkFailureFree(
        a,
        scenario,
        { trace: run.trace, sinksAt: probes.sinksAt },
        failureFree,
      );
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
  const probes = readProbes(scenario, run);
  const failureFree = once(run.failureFree);
  return scenario.expect.map((assertion) => ({
    assertion,
    ...judge(assertion, scenario, run, probes, failureFree),
  }));
}
