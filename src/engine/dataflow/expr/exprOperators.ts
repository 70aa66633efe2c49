// The meaning of every prefix and infix operator except the short-circuit pair, which the
// evaluator handles because it must not evaluate its right side early. There are no implicit
// conversions: arithmetic needs numbers, and ordering needs two numbers or two strings.

import type { ExprBinaryOp, ExprUnaryOp, ExprValue } from './exprTypes.ts';
import { clampString, displayString, finiteOrNull, isTruthy } from './exprValues.ts';

/** Applies a prefix operator; `-` and `+` give null for anything but a number. */
export function applyUnary(op: ExprUnaryOp, v: ExprValue): ExprValue {
  switch (op) {
    case '!':
      return !isTruthy(v);
    case '-':
      return typeof v === 'number' ? finiteOrNull(-v) : null;
    case '+':
      return typeof v === 'number' ? v : null;
    default:
      return null;
  }
}

/**
 * Applies an infix operator. Null propagates through arithmetic, division or remainder by zero is
 * null, and any result that would be NaN or Infinity is null.
 */
export function applyBinary(op: ExprBinaryOp, a: ExprValue, b: ExprValue): ExprValue {
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
    case '<=':
    case '>':
    case '>=':
      return compare(op, a, b);
    case '+':
      return add(a, b);
    case '-':
    case '*':
    case '/':
    case '%':
      return typeof a === 'number' && typeof b === 'number' ? arithmetic(op, a, b) : null;
    default:
      return null;
  }
}

/** `+` joins when either side is a string, adds two numbers, and is null otherwise. */
function add(a: ExprValue, b: ExprValue): ExprValue {
  if (a === null || b === null) return null;
  if (typeof a === 'string' || typeof b === 'string') {
    return clampString(displayString(a) + displayString(b));
  }
  if (typeof a === 'number' && typeof b === 'number') return finiteOrNull(a + b);
  return null;
}

function arithmetic(op: '-' | '*' | '/' | '%', a: number, b: number): number | null {
  switch (op) {
    case '-':
      return finiteOrNull(a - b);
    case '*':
      return finiteOrNull(a * b);
    case '/':
      return b === 0 ? null : finiteOrNull(a / b);
    case '%':
      return b === 0 ? null : finiteOrNull(a % b);
  }
}

/**
 * Ordering is defined only between two numbers or two strings (by UTF-16 code units, never by
 * locale); every other pairing, including anything with null, is false.
 */
function compare(op: '<' | '<=' | '>' | '>=', a: ExprValue, b: ExprValue): boolean {
  const comparable =
    (typeof a === 'number' && typeof b === 'number') ||
    (typeof a === 'string' && typeof b === 'string');
  if (!comparable) return false;
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}
