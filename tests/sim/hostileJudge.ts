// Judges what the scenario parser did with a hostile input. A clean outcome is either a rejection
// whose every error names a JSON path starting with `$` and says something, or an acceptance whose
// scenario really runs headless for its first two simulated seconds. Anything else, including a
// throw, is a problem. A tally counts the outcomes for the sweep's report.

import { createSimulation } from '../../src/engine/index.ts';
import {
  parseScenario,
  parseScenarioText,
  type ParseScenarioResult,
} from '../../src/scenario/index.ts';

export interface HostileTally {
  tried: number;
  rejectedCleanly: number;
  acceptedAndRan: number;
  readonly problems: string[];
}

export function createHostileTally(): HostileTally {
  return { tried: 0, rejectedCleanly: 0, acceptedAndRan: 0, problems: [] };
}

/** "Loads" means "runs": an accepted scenario must survive two simulated seconds. */
const RUN_MS = 2000;
const RUN_STEPS_MAX = 200_000;

function describeError(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300);
}

function judgeResult(tally: HostileTally, result: ParseScenarioResult): string | undefined {
  if (!result.ok) {
    if (result.errors.length === 0) return 'rejected with no errors';
    const bad = result.errors.find(
      (e) =>
        typeof e.path !== 'string' ||
        !e.path.startsWith('$') ||
        typeof e.message !== 'string' ||
        e.message === '',
    );
    if (bad !== undefined)
      return `rejected with an error lacking a $ path or a message: ${JSON.stringify(bad).slice(0, 200)}`;
    tally.rejectedCleanly++;
    return undefined;
  }
  try {
    createSimulation(result.scenario).runUntil(RUN_MS, { maxSteps: RUN_STEPS_MAX });
  } catch (error) {
    return `accepted, but running it threw: ${describeError(error)}`;
  }
  tally.acceptedAndRan++;
  return undefined;
}

/** Lets a caller look at the parse result, e.g. to check which path an error names. */
export type ResultObserver = (result: ParseScenarioResult) => void;

function judge(
  tally: HostileTally,
  label: string,
  parse: () => ParseScenarioResult,
  observe?: ResultObserver,
): string | undefined {
  tally.tried++;
  let problem: string | undefined;
  try {
    const result = parse();
    observe?.(result);
    problem = judgeResult(tally, result);
  } catch (error) {
    problem = `the parser threw: ${describeError(error)}`;
  }
  if (problem !== undefined) tally.problems.push(`${label}: ${problem}`);
  return problem;
}

/** Parses text as a scenario file; returns a problem description, or undefined when clean. */
export function judgeText(
  tally: HostileTally,
  label: string,
  text: string,
  observe?: ResultObserver,
): string | undefined {
  return judge(tally, label, () => parseScenarioText(text), observe);
}

/** Parses an already-parsed value; returns a problem description, or undefined when clean. */
export function judgeValue(
  tally: HostileTally,
  label: string,
  value: unknown,
  observe?: ResultObserver,
): string | undefined {
  return judge(tally, label, () => parseScenario(value), observe);
}
