// Value rules shared by the operators and functions: how outside values enter the language, when a
// value counts as true, how values print, and how strings are kept short. Nothing here may return
// NaN, Infinity, -0, undefined or a string over the length limit.

import { EXPR_LIMITS, type ExprValue } from './exprTypes.ts';

/** Finite numbers pass, with -0 folded to 0 so that a JSON round trip changes nothing; others become null. */
export function finiteOrNull(n: number): number | null {
  if (!Number.isFinite(n)) return null;
  return n === 0 ? 0 : n;
}

/**
 * Cuts a string to `EXPR_LIMITS.stringCharsMax` UTF-16 code units. A surrogate pair that would be
 * split in half is dropped whole, so the result is always well-formed when the input was.
 */
export function clampString(s: string): string {
  const max = EXPR_LIMITS.stringCharsMax;
  if (s.length <= max) return s;
  const last = s.charCodeAt(max - 1);
  const isHighSurrogate = last >= 0xd800 && last <= 0xdbff;
  return s.slice(0, isHighSurrogate ? max - 1 : max);
}

/**
 * Turns anything a caller might put in a scope into an `ExprValue`. Scopes come from records
 * written by strangers, so objects, arrays, undefined, bigints and non-finite numbers become null
 * rather than leaking into the language.
 */
export function toExprValue(v: unknown): ExprValue {
  switch (typeof v) {
    case 'number':
      return finiteOrNull(v);
    case 'string':
      return clampString(v);
    case 'boolean':
      return v;
    default:
      return null;
  }
}

/**
 * The truthiness used by `filter`, `route`, `!`, `&&`, `||`, `?:` and `if`: null, false, 0 and the
 * empty string are false; every other value is true.
 *
 * @example
 * ```ts
 * isTruthy(0); // false
 * isTruthy('0'); // true, because only the empty string is false
 * ```
 */
export function isTruthy(v: ExprValue): boolean {
  return v !== null && v !== false && v !== 0 && v !== '';
}

/**
 * How a value prints inside a string: numbers in JavaScript's shortest round-trip form (which the
 * language specification fixes exactly), booleans as `true`/`false`, null as `null`.
 */
export function displayString(v: ExprValue): string {
  if (v === null) return 'null';
  return typeof v === 'string' ? v : String(v);
}
