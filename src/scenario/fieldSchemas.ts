// Small builders for the leaf fields of a scenario file. Each one sets its zod error message to a
// plain description of what is allowed ("an integer from 1 to 64"), because zodIssues.ts turns
// that message into the `allowed` part of a ScenarioError.

import { z } from 'zod';
import { findMarkdownProblem, SAFE_MARKDOWN_RULE } from './safeMarkdown.ts';
import { NAME_CHARS_MAX } from './scenarioLimits.ts';

/**
 * Names that collide with properties every plain object inherits. They pass the name charset,
 * so they are refused here: code elsewhere may use ids as keys of plain objects.
 */
const RESERVED_NAMES: ReadonlySet<string> = new Set([
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'prototype',
  'toLocaleString',
  'toString',
  'valueOf',
]);

const NAME_PATTERN = /^[A-Za-z0-9._-]+$/;

/** Whether a name collides with a property every plain object inherits, such as `__proto__`. */
export function isReservedName(name: string): boolean {
  return RESERVED_NAMES.has(name);
}

/** An integer in [min, max]; zod's int() also refuses NaN, Infinity and unsafe integers. */
export function integerIn(min: number, max: number, allowed = `an integer from ${min} to ${max}`) {
  const e = { error: allowed };
  return z.number(e).int(e).min(min, e).max(max, e);
}

/** A number in [min, max] with at most three decimals, so the engine can use whole microseconds. */
export function millisIn(min: number, max: number) {
  const e = { error: `a number from ${min} to ${max} with at most 3 decimals` };
  return z.number(e).min(min, e).max(max, e).multipleOf(0.001, e);
}

/** An id or a name: a short run of URL- and file-safe characters that is not a reserved word. */
export function nameSchema() {
  const allowed = `1 to ${NAME_CHARS_MAX} characters from A-Z a-z 0-9 . _ -, not a built-in name like __proto__`;
  const e = { error: allowed };
  return z
    .string(e)
    .min(1, e)
    .max(NAME_CHARS_MAX, e)
    .regex(NAME_PATTERN, e)
    .refine((name) => !RESERVED_NAMES.has(name), {
      ...e,
      params: { problem: 'is a reserved name' },
    });
}

/** Free text with a length limit, for titles, record keys and values. */
export function textSchema(minChars: number, maxChars: number) {
  const e = { error: `text of ${minChars} to ${maxChars} characters` };
  return z.string(e).min(minChars, e).max(maxChars, e);
}

/**
 * Text a learner reads, which the UI may render as Markdown: length-limited, with no raw HTML
 * and no script-running links. The error names the problem and where it is, since the text can
 * be 4000 characters long and the start of it says nothing.
 */
export function markdownSchema(minChars: number, maxChars: number, what = 'Markdown') {
  const allowed = `${what} of ${minChars} to ${maxChars} characters with ${SAFE_MARKDOWN_RULE}`;
  const e = { error: allowed };
  return z
    .string(e)
    .min(minChars, e)
    .max(maxChars, e)
    .superRefine((text, ctx) => {
      const found = findMarkdownProblem(text);
      if (found === undefined) return;
      ctx.addIssue({
        code: 'custom',
        message: allowed,
        params: { problem: found.problem, found: found.excerpt },
      });
    });
}

/** One string out of a fixed list, with the list named in the error. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `one of: ${values.join(', ')}` });
}

/** A list with a length range; `what` names the items in the error ("topics"). */
export function listOf<T extends z.ZodType>(
  item: T,
  minItems: number,
  maxItems: number,
  what: string,
) {
  const e = { error: `a list of ${minItems} to ${maxItems} ${what}` };
  return z.array(item, e).min(minItems, e).max(maxItems, e);
}

/** An object that refuses unknown keys, naming the keys it knows in the error. */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  const keys = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `only the keys: ${keys}`
        : `an object with the keys: ${keys}`,
  });
}

/** The error map for a union told apart by one field, such as an intervention's `type`. */
export function unionError(key: string) {
  return (issue: z.core.$ZodRawIssue): string => {
    if (issue.code === 'invalid_union' && Array.isArray(issue.options)) {
      return `one of: ${issue.options.map(String).join(', ')}`;
    }
    return `an object with a "${key}" field`;
  };
}
