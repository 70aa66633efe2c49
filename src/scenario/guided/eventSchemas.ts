// Schemas for naming trace events in a scenario: the event type, and a `where` of field
// equalities. Whether each field belongs to the event type is checked after parsing, in
// eventReferences.ts, where the error can list the fields that do exist.

import { z } from 'zod';
import { nameSchema, oneOf } from '../fieldSchemas.ts';
import { TEXT_CHARS_MAX, WHERE_FIELDS_MAX } from '../scenarioLimits.ts';
import { KNOWN_EVENT_TYPES } from './traceEventFields.ts';

export const eventTypeSchema = oneOf(KNOWN_EVENT_TYPES);

const whereNumber = () => z.number().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

const whereValueSchema = z.union(
  [
    z.string().max(TEXT_CHARS_MAX),
    whereNumber(),
    z.boolean(),
    z.tuple([whereNumber(), whereNumber()]),
  ],
  {
    error: `a string of at most ${TEXT_CHARS_MAX} characters, a number, true or false, or a window [startMs, endMs]`,
  },
);

/**
 * `{ group: "billing", to: "Stable" }`: every named field of the event must equal its value; a
 * window field equals a pair `[startMs, endMs]`, and a flag such as `active` is true or false.
 */
export const whereSchema = z
  .record(nameSchema(), whereValueSchema, {
    error: `an object of at most ${WHERE_FIELDS_MAX} event fields and the values they must equal`,
  })
  .refine((where) => Object.keys(where).length <= WHERE_FIELDS_MAX, {
    error: `at most ${WHERE_FIELDS_MAX} fields`,
    params: { problem: 'has too many fields' },
  })
  .meta({ maxProperties: WHERE_FIELDS_MAX });
