// The string functions of the expression language. Case mapping touches ASCII letters only, so
// the answer never depends on the Unicode tables of a particular JavaScript engine.

import type { ExprValue } from './exprTypes.ts';
import { clampString, displayString } from './exprValues.ts';

const LOWER_A = 0x61;
const LOWER_Z = 0x7a;
const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const CASE_OFFSET = 0x20;

/** Shifts the ASCII letters in [from, to] by `delta` code units and leaves every other character. */
function mapAscii(s: string, from: number, to: number, delta: number): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= from && c <= to ? String.fromCharCode(c + delta) : s.charAt(i);
  }
  return out;
}

export function upper(args: readonly ExprValue[]): ExprValue {
  const s = args[0];
  return typeof s === 'string' ? mapAscii(s, LOWER_A, LOWER_Z, -CASE_OFFSET) : null;
}

export function lower(args: readonly ExprValue[]): ExprValue {
  const s = args[0];
  return typeof s === 'string' ? mapAscii(s, UPPER_A, UPPER_Z, CASE_OFFSET) : null;
}

export function len(args: readonly ExprValue[]): ExprValue {
  const s = args[0];
  return typeof s === 'string' ? s.length : null;
}

/** `concat(...)`: joins printed values; null contributes nothing, unlike `+`, where null wins. */
export function concat(args: readonly ExprValue[]): ExprValue {
  let out = '';
  for (const a of args) {
    if (a !== null && a !== undefined) out += displayString(a);
  }
  return clampString(out);
}

/**
 * `substr(s, start, length?)`: start and length are floored; a negative start counts back from the
 * end; a missing length means "to the end"; a negative length gives the empty string.
 */
export function substr(args: readonly ExprValue[]): ExprValue {
  const [s, start, length] = args;
  if (typeof s !== 'string' || typeof start !== 'number') return null;
  if (length !== undefined && typeof length !== 'number') return null;
  const from = start < 0 ? Math.max(0, s.length + Math.floor(start)) : Math.floor(start);
  const count = length === undefined ? s.length : Math.max(0, Math.floor(length));
  return s.slice(from, from + count);
}

/** Builds `contains`, `startsWith` and `endsWith`: both arguments must be strings, else null. */
export function stringTest(
  test: (s: string, part: string) => boolean,
): (args: readonly ExprValue[]) => ExprValue {
  return (args) => {
    const [s, part] = args;
    return typeof s === 'string' && typeof part === 'string' ? test(s, part) : null;
  };
}

/** `toString(x)`: the printed form of a value; null stays null so that `coalesce` can replace it. */
export function toText(args: readonly ExprValue[]): ExprValue {
  const v = args[0];
  return v === null || v === undefined ? null : displayString(v);
}
