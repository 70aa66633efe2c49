// Turns an untrusted value (usually parsed JSON) into a ScenarioFile, or into a list of errors
// that give the path, what was found and what is allowed. It never throws.

import type { TimedIntervention } from '../engine/index.ts';
import { checkCrossReferences } from './crossReferences.ts';
import { checkRecordBudget } from './recordBudget.ts';
import type { ScenarioError } from './scenarioError.ts';
import { ERRORS_MAX } from './scenarioLimits.ts';
import { scenarioSchema, type ScenarioFile } from './scenarioSchema.ts';
import { errorsFromZodIssues } from './zodIssues.ts';

export type ParseScenarioResult =
  { ok: true; scenario: ScenarioFile } | { ok: false; errors: ScenarioError[] };

function failure(errors: ScenarioError[]): ParseScenarioResult {
  if (errors.length <= ERRORS_MAX) return { ok: false, errors };
  const more = { path: '$', message: `has ${errors.length - ERRORS_MAX} more errors not listed` };
  return { ok: false, errors: [...errors.slice(0, ERRORS_MAX), more] };
}

/** Interventions in time order; Array.prototype.sort is stable, so ties keep file order. */
function sortedByTime(interventions: readonly TimedIntervention[]): TimedIntervention[] {
  return [...interventions].sort((a, b) => a.atMs - b.atMs);
}

/** Drops the `$schema` key, which only helps editors find the JSON Schema. */
function withoutEditorHint<T extends { $schema?: string }>(data: T): Omit<T, '$schema'> {
  const copy = { ...data };
  delete copy.$schema;
  return copy;
}

function parseTrusting(input: unknown): ParseScenarioResult {
  // jitless keeps zod from compiling parsers with `new Function`, so nothing is ever evaluated
  // and a strict Content-Security-Policy without 'unsafe-eval' needs no exception.
  const parsed = scenarioSchema.safeParse(input, { jitless: true });
  if (!parsed.success) return failure(errorsFromZodIssues(parsed.error.issues, input));
  const scenario = withoutEditorHint(parsed.data);
  const errors = [...checkCrossReferences(scenario), ...checkRecordBudget(scenario)];
  if (errors.length > 0) return failure(errors);
  return {
    ok: true,
    scenario: { ...scenario, interventions: sortedByTime(scenario.interventions) },
  };
}

/**
 * Validates a scenario value and fills in Kafka's defaults.
 *
 * @example
 * const result = parseScenario(JSON.parse(text));
 * if (!result.ok) console.log(formatScenarioErrors(result.errors));
 */
export function parseScenario(input: unknown): ParseScenarioResult {
  try {
    return parseTrusting(input);
  } catch {
    // Parsed JSON cannot make zod throw, but a caller's object can: a getter or a Proxy may throw.
    return failure([
      { path: '$', message: 'could not be read', found: 'an object that throws when read' },
    ]);
  }
}
