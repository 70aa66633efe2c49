// The learner's choices for a run, a variant and parameter values, and the scenario they make:
// the scenario layer's applyVariant, then applyParameters, each validated.

import {
  applyParameters,
  applyVariant,
  formatScenarioErrors,
  type ScenarioFile,
} from '../../scenario/index.ts';

export interface LessonKnobs {
  /** The chosen variant's id, or null for the scenario as written. */
  readonly variantId: string | null;
  /** Parameter values by id; parameters left out keep the scenario's value. */
  readonly params: Readonly<Record<string, number>>;
}

export const DEFAULT_KNOBS: LessonKnobs = { variantId: null, params: {} };

export type KnobResult =
  | { readonly ok: true; readonly scenario: ScenarioFile }
  | { readonly ok: false; readonly message: string };

/**
 * The scenario with a variant and parameter values applied, or why it cannot be built.
 *
 * @example
 * applyKnobs(scenario, { variantId: 'cooperative', params: { sessionTimeout: 6000 } });
 */
export function applyKnobs(base: ScenarioFile, knobs: LessonKnobs): KnobResult {
  let scenario = base;
  if (knobs.variantId !== null) {
    const result = applyVariant(base, knobs.variantId);
    if (!result.ok) return { ok: false, message: formatScenarioErrors(result.errors) };
    scenario = result.scenario;
  }
  if (Object.keys(knobs.params).length > 0) {
    const result = applyParameters(scenario, knobs.params);
    if (!result.ok) return { ok: false, message: formatScenarioErrors(result.errors) };
    scenario = result.scenario;
  }
  return { ok: true, scenario };
}

/** Only the values that differ from the parameters' defaults, so a default run links plainly. */
export function changedParams(
  scenario: ScenarioFile,
  params: Readonly<Record<string, number>>,
): Record<string, number> {
  const changed: Record<string, number> = {};
  for (const parameter of scenario.parameters) {
    const value = params[parameter.id];
    if (value !== undefined && value !== parameter.default) changed[parameter.id] = value;
  }
  return changed;
}
