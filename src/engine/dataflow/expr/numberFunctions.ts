// The numeric and conversion functions of the expression language. Each takes already-evaluated
// arguments, never throws, and returns null instead of NaN, Infinity or a wrong-typed answer.

import type { ExprValue } from './exprTypes.ts';
import { displayString, finiteOrNull } from './exprValues.ts';
import { fnv1a32 } from './fnv1a32.ts';

/** Wraps a one-number Math function so that non-numbers give null and -0 becomes 0. */
export function unaryNumber(f: (n: number) => number): (args: readonly ExprValue[]) => ExprValue {
  return (args) => {
    const n = args[0];
    return typeof n === 'number' ? finiteOrNull(f(n)) : null;
  };
}

/** `min`/`max`: every argument must be a number, otherwise the answer is null. */
export function extremum(pick: 'min' | 'max'): (args: readonly ExprValue[]) => ExprValue {
  return (args) => {
    let best: number | null = null;
    for (const a of args) {
      if (typeof a !== 'number') return null;
      if (best === null || (pick === 'min' ? a < best : a > best)) best = a;
    }
    return best;
  };
}

/** `bucket(n, size)` = floor(n / size) * size, for a positive size; otherwise null. */
export function bucket(args: readonly ExprValue[]): ExprValue {
  const [n, size] = args;
  if (typeof n !== 'number' || typeof size !== 'number' || !(size > 0)) return null;
  return finiteOrNull(Math.floor(n / size) * size);
}

// A plain decimal number with an optional sign, fraction and exponent. It is written without
// nested or overlapping quantifiers so that matching stays linear in the input length.
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * `toNumber(x)`: numbers pass, booleans become 1 or 0, strings must be plain decimals (surrounding
 * spaces allowed; no hex, no `Infinity`), and everything else is null.
 */
export function toNumber(args: readonly ExprValue[]): ExprValue {
  const v = args[0];
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'string') return null;
  const trimmed = v.trim();
  return DECIMAL.test(trimmed) ? finiteOrNull(Number(trimmed)) : null;
}

/** `hash(x)`: FNV-1a 32-bit of the printed value, unsigned; null stays null. */
export function hash(args: readonly ExprValue[]): ExprValue {
  const v = args[0];
  return v === null || v === undefined ? null : fnv1a32(displayString(v));
}
