// Load-time proof that the knobs a scenario offers produce valid scenarios: each variant, and
// each parameter at its minimum and at its maximum, is applied and parsed again. Combinations
// are not tried (they grow exponentially); applyOverrides re-validates whatever the UI builds.

import type { ScenarioError } from '../scenarioError.ts';
import type { ScenarioFile } from '../scenarioSchema.ts';
import type { Override } from './guidedTypes.ts';
import { overrideValues } from './overrideValues.ts';

/** Parses a derived scenario without checking its knobs again, so the check does not recurse. */
export type ReparseWithoutKnobs = (
  input: unknown,
) => { ok: true; scenario: ScenarioFile } | { ok: false; errors: ScenarioError[] };

/** The first error of applying `overrides`, reported at `path` with the inner error quoted. */
function applicationError(
  scenario: ScenarioFile,
  overrides: readonly Override[],
  path: string,
  what: string,
  reparse: ReparseWithoutKnobs,
): ScenarioError | undefined {
  const applied = overrideValues(scenario, overrides);
  const result = applied.ok ? reparse(applied.value) : applied;
  const inner = result.ok ? undefined : result.errors[0];
  if (inner === undefined) return undefined;
  return {
    path,
    message: `${what} gives an invalid scenario: ${inner.path} ${inner.message}`,
    ...(inner.found === undefined ? {} : { found: inner.found }),
    ...(inner.allowed === undefined ? {} : { allowed: inner.allowed }),
  };
}

/** Errors for every variant, and every parameter extreme, that yields an invalid scenario. */
export function checkKnobApplications(
  scenario: ScenarioFile,
  reparse: ReparseWithoutKnobs,
): ScenarioError[] {
  const errors: (ScenarioError | undefined)[] = [];
  scenario.variants.forEach((variant, v) => {
    const path = `$.variants[${v}].overrides`;
    errors.push(
      applicationError(scenario, variant.overrides, path, 'applying this variant', reparse),
    );
  });
  scenario.parameters.forEach((parameter, p) => {
    for (const end of ['min', 'max'] as const) {
      const overrides = [{ path: parameter.path, value: parameter[end] }];
      const what = `setting the parameter to its ${end} (${parameter[end]})`;
      errors.push(
        applicationError(scenario, overrides, `$.parameters[${p}].${end}`, what, reparse),
      );
    }
  });
  return errors.filter((error) => error !== undefined);
}
