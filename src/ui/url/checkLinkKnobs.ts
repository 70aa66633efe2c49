// Checks a link's lesson choices against the scenario they open: the variant must be one the
// scenario declares, and each parameter value must be one of its parameters, within its range and
// on its step grid. The scenario layer then builds the scenario they describe, and the link's
// interventions must fit that scenario too. Errors name the field and the values allowed.

import type { ScenarioModel } from '../../engine/index.ts';
import {
  applyParameters,
  applyVariant,
  type Parameter,
  type ScenarioFile,
} from '../../scenario/index.ts';
import { checkLinkInterventions } from './checkLinkInterventions.ts';
import { linkError, type LinkError } from './linkErrors.ts';
import type { SessionLinkState } from './sessionLink.ts';

/** The scenario as a guided (version 2) file, or null for one without variants and parameters. */
function guidedFile(scenario: ScenarioModel): ScenarioFile | null {
  const candidate = scenario as Partial<ScenarioFile>;
  return Array.isArray(candidate.variants) && Array.isArray(candidate.parameters)
    ? (scenario as ScenarioFile)
    : null;
}

/** Steps are decimals such as 0.1, so "on the grid" allows for binary rounding. */
function onGrid(parameter: Parameter, value: number): boolean {
  const steps = (value - parameter.min) / parameter.step;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
}

function checkParam(parameters: readonly Parameter[], id: string, value: number): LinkError | null {
  const parameter = parameters.find((p) => p.id === id);
  const path = `link.params.${id}`;
  if (parameter === undefined) {
    const ids = parameters.map((p) => p.id);
    return linkError(
      path,
      'is not a parameter of this scenario',
      id,
      ids.length === 0 ? 'none: this scenario has no parameters' : `one of ${ids.join(', ')}`,
    );
  }
  if (value >= parameter.min && value <= parameter.max && onGrid(parameter, value)) return null;
  return linkError(
    path,
    `is not a value ${parameter.label} can take`,
    value,
    `${parameter.min} to ${parameter.max} ${parameter.unit}, in steps of ${parameter.step}`,
  );
}

function checkVariant(guided: ScenarioFile, variant: string): LinkError | null {
  if (guided.variants.some((v) => v.id === variant)) return null;
  const ids = guided.variants.map((v) => v.id);
  return linkError(
    'link.variant',
    'is not a variant of this scenario',
    variant,
    ids.length === 0 ? 'none: this scenario has no variants' : `one of ${ids.join(', ')}`,
  );
}

/** Errors from building the scenario, with their paths under `link`. */
function asLinkErrors(errors: readonly LinkError[]): LinkError[] {
  return errors.map((error) => ({ ...error, path: `link (as applied) ${error.path}` }));
}

/**
 * Why the link's variant and parameter values cannot be played on `scenario`, or an empty list.
 *
 * @example
 * checkLinkKnobs({ ...state, variant: 'nope' }, scenario)[0]?.path; // "link.variant"
 */
export function checkLinkKnobs(state: SessionLinkState, scenario: ScenarioModel): LinkError[] {
  const variant = state.variant ?? null;
  const ids = Object.keys(state.params);
  if (variant === null && ids.length === 0) return [];
  const guided = guidedFile(scenario);
  if (guided === null)
    return [linkError('link', 'chooses a variant or parameters', 'a scenario without a lesson')];
  const errors: LinkError[] = [];
  const variantError = variant === null ? null : checkVariant(guided, variant);
  if (variantError !== null) errors.push(variantError);
  for (const id of ids) {
    const error = checkParam(guided.parameters, id, state.params[id] ?? Number.NaN);
    if (error !== null) errors.push(error);
  }
  if (errors.length > 0) return errors;
  let built =
    variant === null ? { ok: true as const, scenario: guided } : applyVariant(guided, variant);
  if (built.ok && ids.length > 0) built = applyParameters(built.scenario, state.params);
  if (!built.ok) return asLinkErrors(built.errors);
  const fits = checkLinkInterventions(state.interventions, built.scenario);
  return fits.ok ? [] : [...fits.errors];
}
