// Leaf fields of a dataflow's operators: operator ids and route names (no dots, since a reference
// `"<route operator>.<route name>"` splits at the dot), record field names that expressions can
// read, expression text, and keyed objects (map fields, reference tables) that refuse `__proto__`,
// a key zod would otherwise drop without a word. Expressions are only checked for length here;
// dataflowReferences.ts compiles them with the names each operator can actually see.

import { z } from 'zod';
import { isReservedName } from './fieldSchemas.ts';
import { EXPRESSION_CHARS_MAX, NAME_CHARS_MAX } from './scenarioLimits.ts';

const OPERATOR_ID = /^[A-Za-z0-9_-]+$/;
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Words an expression reads as something other than a field, so a field of that name is unreadable. */
const EXPRESSION_WORDS: ReadonlySet<string> = new Set(['true', 'false', 'null', 'this']);

/** An operator id or a route name: a name without dots, since `a.b` reads route `b` of `a`. */
export function operatorIdSchema() {
  const allowed = `1 to ${NAME_CHARS_MAX} characters from A-Z a-z 0-9 _ - (no dots: "<id>.<route>" names a route), not a built-in name like __proto__`;
  const e = { error: allowed };
  return z
    .string(e)
    .min(1, e)
    .max(NAME_CHARS_MAX, e)
    .regex(OPERATOR_ID, e)
    .refine((name) => !isReservedName(name), { ...e, params: { problem: 'is a reserved name' } });
}

/** What a field name may be, for a field schema and for the object whose keys are field names. */
export function fieldNameAllowed(taken: readonly string[]): string {
  return `an identifier of 1 to ${NAME_CHARS_MAX} characters (A-Z a-z 0-9 _, not starting with a digit), not ${[...taken, ...EXPRESSION_WORDS].join(', ')} or a built-in name like constructor`;
}

/**
 * A record field name an expression can read: an identifier, not a built-in name, not a word the
 * expression language keeps, and none of `taken` (names every record already has, which a field
 * of the same name would hide or be hidden by).
 */
export function fieldNameSchema(taken: readonly string[]) {
  const e = { error: fieldNameAllowed(taken) };
  return z
    .string(e)
    .min(1, e)
    .max(NAME_CHARS_MAX, e)
    .regex(FIELD_NAME, e)
    .refine(
      (name) => !isReservedName(name) && !EXPRESSION_WORDS.has(name) && !taken.includes(name),
      {
        ...e,
        params: { problem: 'is a reserved name' },
      },
    );
}

/** Expression text; dataflowReferences.ts compiles it and reports the compiler's message. */
export function expressionSchema() {
  const allowed = `an expression of 1 to ${EXPRESSION_CHARS_MAX} characters, such as "value * 2" (see src/engine/dataflow/expr/README.md)`;
  const e = { error: allowed };
  return z.string(e).min(1, e).max(EXPRESSION_CHARS_MAX, e);
}

/**
 * An object of at most `maxKeys` keys; `keyAllowed` says what a key may be, since a bad key is
 * reported with the object's message. A JSON `"__proto__"` key is refused with its path: zod
 * leaves it out of records on purpose (assigning it would replace the prototype), which would
 * silently drop a map field or a table row.
 */
export function keyedObjectSchema<K extends z.ZodType<string>, V extends z.ZodType>(
  key: K,
  value: V,
  maxKeys: number,
  keyAllowed: string,
) {
  const allowed = `an object of at most ${maxKeys} keys, each ${keyAllowed}`;
  const record = z
    .record(key, value, { error: allowed })
    .refine((object) => Object.keys(object).length <= maxKeys, {
      error: allowed,
      params: { problem: 'has too many keys' },
    })
    .meta({ maxProperties: maxKeys });
  return z.preprocess((input, ctx) => {
    if (typeof input === 'object' && input !== null && Object.hasOwn(input, '__proto__')) {
      ctx.addIssue({
        code: 'custom',
        path: ['__proto__'],
        message: `a key other than __proto__, which a plain object cannot hold as its own key`,
        params: { problem: 'is a reserved name' },
      });
    }
    return input;
  }, record);
}

const OPERATOR_REF = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)?$/;

/** A reference to an upstream operator: `"<id>"`, or `"<route operator>.<route name>"`. */
export function operatorRefSchema() {
  const allowed = `an operator id, or "<route operator id>.<route name>" (each 1 to ${NAME_CHARS_MAX} characters from A-Z a-z 0-9 _ -)`;
  const e = { error: allowed };
  return z
    .string(e)
    .max(2 * NAME_CHARS_MAX + 1, e)
    .regex(OPERATOR_REF, e);
}
