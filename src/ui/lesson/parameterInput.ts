// Reads what a learner typed into a parameter field: a number inside the parameter's range and on
// its step grid, or a message that names the field, the range and what was typed.

import type { Parameter } from '../../scenario/index.ts';

export type ParameterInput =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/** The range as people read it: "100 to 2000 ms, in steps of 100". */
export function rangeText(parameter: Parameter): string {
  const unit = parameter.unit === 'count' ? '' : ` ${parameter.unit}`;
  return `${parameter.min} to ${parameter.max}${unit}, in steps of ${parameter.step}`;
}

function onGrid(parameter: Parameter, value: number): boolean {
  const steps = (value - parameter.min) / parameter.step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

/**
 * Parses a typed parameter value.
 *
 * @example
 * parseParameterInput(interval, '250');
 * // { ok: false, message: 'Time between readings must be 100 to 2000 ms, in steps of 100; "250" is not.' }
 */
export function parseParameterInput(parameter: Parameter, typed: string): ParameterInput {
  const text = typed.trim();
  const value = text === '' ? Number.NaN : Number(text);
  const valid =
    Number.isFinite(value) &&
    value >= parameter.min &&
    value <= parameter.max &&
    onGrid(parameter, value);
  if (valid) return { ok: true, value };
  const what = text === '' ? 'it is empty' : `"${typed}" is not`;
  return {
    ok: false,
    message: `${parameter.label} must be a number from ${rangeText(parameter)}; ${what}.`,
  };
}
