// Checks on the parts of a guided scenario that point into the scenario itself: every path
// resolves, each parameter's default lies in its range, on its step grid and equals the value at
// its path, and ids, settings, views and concepts are not repeated.

import { quoted } from '../referenceErrors.ts';
import { describeFound, type ScenarioError } from '../scenarioError.ts';
import { PARAMETER_STEPS_MAX } from '../scenarioLimits.ts';
import type { ScenarioFile } from '../scenarioSchema.ts';
import { duplicateErrors, duplicateIdErrors } from './entityReferences.ts';
import type { Parameter } from './guidedTypes.ts';
import { resolveScenarioPath } from './scenarioPath.ts';

/** An error when `path` (at `where` in the file) does not resolve in the parsed scenario. */
export function unresolvedPathError(scenario: unknown, path: string, where: string) {
  if (resolveScenarioPath(scenario, path) !== undefined) return undefined;
  return {
    path: where,
    message: 'does not resolve in the scenario',
    found: quoted(path),
    allowed:
      'a path to a value the scenario has, counting defaults and interventions in time order',
  };
}

/** Whether `value` is `min` plus a whole number of steps, allowing for binary fractions. */
function onGrid(value: number, { min, step }: Parameter): boolean {
  const steps = (value - min) / step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

type Problem = [key: keyof Parameter, message: string, allowed: string];

/** What is wrong with a parameter's min, max and step, if anything. */
function rangeProblem(p: Parameter): Problem | undefined {
  const grid = `min (${p.min}) plus a multiple of step (${p.step})`;
  if (p.min >= p.max) return ['max', 'is not above min', `a number above min (${p.min})`];
  if (p.step <= 0 || p.step > p.max - p.min) {
    return ['step', 'does not fit the range', `above 0 and at most max - min (${p.max - p.min})`];
  }
  if (!onGrid(p.max, p)) return ['max', 'is not on the step grid', grid];
  if ((p.max - p.min) / p.step > PARAMETER_STEPS_MAX) {
    return [
      'step',
      'makes too many slider positions',
      `(max - min) / ${PARAMETER_STEPS_MAX} or more`,
    ];
  }
  return undefined;
}

/** What is wrong with a parameter's default, given the value at its path, if anything. */
function defaultProblem(p: Parameter, atPath: unknown): Problem | undefined {
  if (p.default < p.min || p.default > p.max) {
    return ['default', 'is out of range', `a number from min (${p.min}) to max (${p.max})`];
  }
  if (!onGrid(p.default, p)) {
    return [
      'default',
      'is not on the step grid',
      `min (${p.min}) plus a multiple of step (${p.step})`,
    ];
  }
  if (typeof atPath !== 'number') {
    return ['path', 'does not name a number', 'a path to a number in the scenario'];
  }
  if (atPath === p.default) return undefined;
  const message = `differs from the value at its path (${atPath})`;
  return ['default', message, `${atPath}, the value at ${p.path}`];
}

function checkParameters(scenario: ScenarioFile): ScenarioError[] {
  const parameters = scenario.parameters;
  const errors = duplicateIdErrors(parameters, (i) => `$.parameters[${i}]`, 'parameter');
  errors.push(
    ...duplicateErrors(
      parameters.map((p) => p.path),
      (i) => `$.parameters[${i}].path`,
      'parameter path',
    ),
  );
  parameters.forEach((p, i) => {
    const path = `$.parameters[${i}]`;
    const unresolved = unresolvedPathError(scenario, p.path, `${path}.path`);
    if (unresolved !== undefined) {
      errors.push(unresolved);
      return;
    }
    const atPath = resolveScenarioPath(scenario, p.path);
    const problem = rangeProblem(p) ?? defaultProblem(p, atPath);
    if (problem === undefined) return;
    const [key, message, allowed] = problem;
    errors.push({
      path: `${path}.${key}`,
      message,
      found: describeFound(key === 'path' ? atPath : p[key]),
      allowed,
    });
  });
  return errors;
}

function checkVariants(scenario: ScenarioFile): ScenarioError[] {
  const errors = duplicateIdErrors(scenario.variants, (i) => `$.variants[${i}]`, 'variant');
  scenario.variants.forEach((variant, v) => {
    variant.overrides.forEach((override, o) => {
      const error = unresolvedPathError(
        scenario,
        override.path,
        `$.variants[${v}].overrides[${o}].path`,
      );
      if (error !== undefined) errors.push(error);
    });
  });
  return errors;
}

/** Every error in the config mapping, parameters, variants, views and concept tags. */
export function checkKnobs(scenario: ScenarioFile): ScenarioError[] {
  const mappingErrors = scenario.configMapping
    .map((m, i) => unresolvedPathError(scenario, m.path, `$.configMapping[${i}].path`))
    .filter((error) => error !== undefined);
  return [
    ...mappingErrors,
    ...duplicateErrors(
      scenario.configMapping.map((m) => m.setting),
      (i) => `$.configMapping[${i}].setting`,
      'setting',
    ),
    ...duplicateErrors(scenario.views, (i) => `$.views[${i}]`, 'view'),
    ...duplicateErrors(scenario.concepts, (i) => `$.concepts[${i}]`, 'concept tag'),
    ...checkParameters(scenario),
    ...checkVariants(scenario),
  ];
}
