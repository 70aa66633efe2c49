// Errors in a shared link, in the scenario layer's shape (path, message, found, allowed), so the
// app shows them with the same formatter as a bad scenario file. Paths start at `link`.

import type { ScenarioError } from '../../scenario/index.ts';

export type LinkError = ScenarioError;

/** A short description of a value, never the value itself when it is big. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string')
    return value.length > 40 ? `a text of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length} items`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** One error with the found value described. */
export function linkError(
  path: string,
  message: string,
  value: unknown,
  allowed?: string,
): LinkError {
  const error: LinkError = { path, message, found: describeValue(value) };
  if (allowed !== undefined) error.allowed = allowed;
  return error;
}

/** True for a plain JSON object (not null, not a list). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An error unless `value` is an integer in [min, max]. */
export function checkInteger(
  path: string,
  value: unknown,
  min: number,
  max: number,
): LinkError | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max)
    return null;
  return linkError(path, 'is not allowed', value, `a whole number from ${min} to ${max}`);
}
