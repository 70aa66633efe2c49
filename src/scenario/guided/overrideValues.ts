// Applies overrides to a copy of a parsed scenario, without validating the result: the caller
// parses it again (applyOverrides.ts for the UI, knobApplication.ts at load time). The input is
// never mutated; plain data is copied with structuredClone.

import type { ScenarioError } from '../scenarioError.ts';
import type { ScenarioFile } from '../scenarioSchema.ts';
import type { Override } from './guidedTypes.ts';
import { resolveScenarioPath, setAtScenarioPath } from './scenarioPath.ts';

export type OverrideResult =
  | { readonly ok: true; readonly value: Record<string, unknown> }
  | { readonly ok: false; readonly errors: ScenarioError[] };

/**
 * A parameter's default is the value its slider starts at, so after overrides it follows the
 * value at its path; a default outside the parameter's range then fails validation, visibly.
 */
function syncParameterDefaults(copy: Record<string, unknown>): void {
  const parameters = copy['parameters'];
  if (!Array.isArray(parameters)) return;
  for (const parameter of parameters as { path: string; default: number }[]) {
    const value = resolveScenarioPath(copy, parameter.path);
    if (typeof value === 'number') parameter.default = value;
  }
}

/**
 * A copy of `scenario` with each override's value set at its path, or errors naming each
 * override whose path does not resolve.
 */
export function overrideValues(
  scenario: ScenarioFile,
  overrides: readonly Override[],
): OverrideResult {
  const copy = structuredClone(scenario) as unknown as Record<string, unknown>;
  const errors: ScenarioError[] = [];
  overrides.forEach((override, i) => {
    if (!setAtScenarioPath(copy, override.path, structuredClone(override.value))) {
      errors.push({
        path: override.path,
        message: `cannot be overridden (override ${i + 1}): it does not resolve in the scenario`,
        allowed: 'a path to a value the scenario has, counting defaults',
      });
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  syncParameterDefaults(copy);
  return { ok: true, value: copy };
}
