// Builds the scenario a variant or a parameter value describes, and validates it. The UI calls
// these when a learner picks a variant or moves a slider; the input is never changed.

import { parseWithoutKnobChecks, type ParseScenarioResult } from '../parseScenario.ts';
import type { ScenarioFile } from '../scenarioSchema.ts';
import type { Override } from './guidedTypes.ts';
import { overrideValues } from './overrideValues.ts';

/**
 * A validated copy of `scenario` with every override applied, parameter defaults following the
 * values they point at. The result passes every check except re-applying its own variants and
 * parameter extremes (checked when the original file loaded).
 *
 * @example
 * const result = applyOverrides(scenario, [{ path: '$.topology.consumerGroups[0].sessionTimeoutMs', value: 6000 }]);
 */
export function applyOverrides(
  scenario: ScenarioFile,
  overrides: readonly Override[],
): ParseScenarioResult {
  const applied = overrideValues(scenario, overrides);
  return applied.ok ? parseWithoutKnobChecks(applied.value) : applied;
}

/** Applies the variant with the given id, or reports that there is none. */
export function applyVariant(scenario: ScenarioFile, variantId: string): ParseScenarioResult {
  const variant = scenario.variants.find((v) => v.id === variantId);
  if (variant !== undefined) return applyOverrides(scenario, variant.overrides);
  const ids = scenario.variants.map((v) => v.id);
  return {
    ok: false,
    errors: [
      {
        path: '$.variants',
        message: `has no variant ${JSON.stringify(variantId)}`,
        allowed: ids.length === 0 ? 'no variants are declared' : `one of: ${ids.join(', ')}`,
      },
    ],
  };
}

/** Sets parameters by id; a value outside [min, max] or off the step grid is reported. */
export function applyParameters(
  scenario: ScenarioFile,
  values: Readonly<Record<string, number>>,
): ParseScenarioResult {
  const overrides: Override[] = [];
  for (const [id, value] of Object.entries(values)) {
    const index = scenario.parameters.findIndex((p) => p.id === id);
    const parameter = scenario.parameters[index];
    if (parameter === undefined) {
      const ids = scenario.parameters.map((p) => p.id).join(', ');
      const error = {
        path: '$.parameters',
        message: `has no parameter ${JSON.stringify(id)}`,
        allowed: `one of: ${ids}`,
      };
      return { ok: false, errors: [error] };
    }
    overrides.push({ path: parameter.path, value });
  }
  return applyOverrides(scenario, overrides);
}
