// Turns an untrusted value (usually parsed JSON) into a version 2 ScenarioFile, or into a list of
// errors that give the path, what was found and what is allowed. Version 1 files are validated
// with their own schema and migrated. It never throws.

import type { TimedIntervention } from '../engine/index.ts';
import { checkCrossReferences } from './crossReferences.ts';
import { checkGuidedReferences } from './guided/guidedReferences.ts';
import { checkKnobApplications } from './guided/knobApplication.ts';
import { migrateV1ToV2 } from './migrateV1ToV2.ts';
import { checkRecordBudget } from './recordBudget.ts';
import type { ScenarioError } from './scenarioError.ts';
import { ERRORS_MAX } from './scenarioLimits.ts';
import { scenarioSchema, type ScenarioFile } from './scenarioSchema.ts';
import { scenarioSchemaV1, type ScenarioCore } from './scenarioSchemaV1.ts';
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

/** The checks both versions share; the result has its interventions in time order. */
function checkCore<T extends ScenarioCore>(scenario: T): T | ScenarioError[] {
  const errors = [...checkCrossReferences(scenario), ...checkRecordBudget(scenario)];
  if (errors.length > 0) return errors;
  return { ...scenario, interventions: sortedByTime(scenario.interventions) };
}

function isVersion1(input: unknown): boolean {
  return typeof input === 'object' && input !== null && Object.hasOwn(input, 'schemaVersion')
    ? (input as { schemaVersion: unknown }).schemaVersion === 1
    : false;
}

function parseVersion1(input: unknown): ParseScenarioResult {
  const parsed = scenarioSchemaV1.safeParse(input, { jitless: true });
  if (!parsed.success) return failure(errorsFromZodIssues(parsed.error.issues, input));
  const checked = checkCore(withoutEditorHint(parsed.data));
  return Array.isArray(checked) ? failure(checked) : { ok: true, scenario: migrateV1ToV2(checked) };
}

/**
 * Version 2 in stages, since each stage relies on the one before: the schema, the references
 * version 1 already had, the guided parts, and, unless `checkKnobs` is false, the scenarios the
 * variants and parameter extremes produce.
 */
function parseVersion2(input: unknown, checkKnobs: boolean): ParseScenarioResult {
  // jitless keeps zod from compiling parsers with `new Function`, so nothing is ever evaluated
  // and a strict Content-Security-Policy without 'unsafe-eval' needs no exception.
  const parsed = scenarioSchema.safeParse(input, { jitless: true });
  if (!parsed.success) return failure(errorsFromZodIssues(parsed.error.issues, input));
  const scenario = checkCore(withoutEditorHint(parsed.data));
  if (Array.isArray(scenario)) return failure(scenario);
  const guidedErrors = checkGuidedReferences(scenario);
  if (guidedErrors.length > 0) return failure(guidedErrors);
  const knobErrors = checkKnobs ? checkKnobApplications(scenario, parseWithoutKnobChecks) : [];
  return knobErrors.length > 0 ? failure(knobErrors) : { ok: true, scenario };
}

/** Parses a scenario derived by overrides: every check except re-applying its own knobs. */
export function parseWithoutKnobChecks(input: unknown): ParseScenarioResult {
  return guarded(() => (isVersion1(input) ? parseVersion1(input) : parseVersion2(input, false)));
}

function guarded(parse: () => ParseScenarioResult): ParseScenarioResult {
  try {
    return parse();
  } catch {
    // Parsed JSON cannot make zod throw, but a caller's object can: a getter or a Proxy may throw.
    return failure([
      { path: '$', message: 'could not be read', found: 'an object that throws when read' },
    ]);
  }
}

/**
 * Validates a scenario value of format version 1 or 2, fills in Kafka's defaults, and returns
 * it as version 2. A value without `schemaVersion: 1` is checked as version 2.
 *
 * @example
 * const result = parseScenario(JSON.parse(text));
 * if (!result.ok) console.log(formatScenarioErrors(result.errors));
 */
export function parseScenario(input: unknown): ParseScenarioResult {
  return guarded(() => (isVersion1(input) ? parseVersion1(input) : parseVersion2(input, true)));
}
