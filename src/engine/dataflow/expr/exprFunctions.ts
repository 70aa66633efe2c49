// The fixed menu of functions an expression may call, with their argument counts. The table has a
// null prototype and is read with Object.hasOwn, so names such as `constructor` or `toString`
// resolve only to entries written here.

import type { ExprValue } from './exprTypes.ts';
import { isTruthy } from './exprValues.ts';
import { bucket, extremum, hash, toNumber, unaryNumber } from './numberFunctions.ts';
import { concat, len, lower, stringTest, substr, toText, upper } from './stringFunctions.ts';

/** One callable function: how many arguments it takes, how it is written, and what it does. */
export interface ExprFunction {
  readonly argsMin: number;
  readonly argsMax: number;
  /** How a call is written, for error messages, e.g. `substr(s, start, length?)`. */
  readonly signature: string;
  readonly apply: (args: readonly ExprValue[]) => ExprValue;
}

/** The most arguments a variadic function (min, max, concat, coalesce) accepts. */
const VARIADIC_ARGS_MAX = 16;

function fixed(
  arity: number,
  signature: string,
  apply: (args: readonly ExprValue[]) => ExprValue,
): ExprFunction {
  return { argsMin: arity, argsMax: arity, signature, apply };
}

function variadic(
  signature: string,
  apply: (args: readonly ExprValue[]) => ExprValue,
): ExprFunction {
  return { argsMin: 1, argsMax: VARIADIC_ARGS_MAX, signature, apply };
}

const TABLE: Readonly<Record<string, ExprFunction>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, ExprFunction>, {
    abs: fixed(1, 'abs(n)', unaryNumber(Math.abs)),
    min: variadic('min(a, b, ...)', extremum('min')),
    max: variadic('max(a, b, ...)', extremum('max')),
    floor: fixed(1, 'floor(n)', unaryNumber(Math.floor)),
    ceil: fixed(1, 'ceil(n)', unaryNumber(Math.ceil)),
    round: fixed(1, 'round(n)', unaryNumber(Math.round)),
    len: fixed(1, 'len(s)', len),
    upper: fixed(1, 'upper(s)', upper),
    lower: fixed(1, 'lower(s)', lower),
    concat: variadic('concat(a, b, ...)', concat),
    substr: { argsMin: 2, argsMax: 3, signature: 'substr(s, start, length?)', apply: substr },
    contains: fixed(
      2,
      'contains(s, part)',
      stringTest((s, part) => s.includes(part)),
    ),
    startsWith: fixed(
      2,
      'startsWith(s, prefix)',
      stringTest((s, part) => s.startsWith(part)),
    ),
    endsWith: fixed(
      2,
      'endsWith(s, suffix)',
      stringTest((s, part) => s.endsWith(part)),
    ),
    coalesce: variadic('coalesce(a, b, ...)', (args) => args.find((a) => a !== null) ?? null),
    if: fixed(
      3,
      'if(cond, a, b)',
      (args) => (isTruthy(args[0] ?? null) ? args[1] : args[2]) ?? null,
    ),
    toNumber: fixed(1, 'toNumber(x)', toNumber),
    toString: fixed(1, 'toString(x)', toText),
    hash: fixed(1, 'hash(x)', hash),
    bucket: fixed(2, 'bucket(n, size)', bucket),
  }),
);

/** The names of every callable function, in menu order, for error messages and docs. */
export const EXPR_FUNCTIONS: readonly string[] = Object.freeze(Object.keys(TABLE));

/** Looks a function up by name; anything not on the menu is undefined. */
export function lookupFunction(name: string): ExprFunction | undefined {
  return Object.hasOwn(TABLE, name) ? TABLE[name] : undefined;
}
