// Timed interventions in a scenario file: faults and commands as data, such as
// `{ "atMs": 5000, "type": "consumer.crash", "target": "c1" }`. Whether a target exists is checked
// in crossReferences.ts, which sees the whole topology.

import { z } from 'zod';
import { integerIn, nameSchema, strictObject, unionError } from './fieldSchemas.ts';
import { OFFSET_MAX } from './scenarioLimits.ts';
import { timeMs } from './timeSchemas.ts';

/** The fields every intervention has, plus its `type` literal. */
function intervention<const T extends string>(type: T) {
  return { atMs: timeMs(), type: z.literal(type), target: nameSchema() };
}

export const interventionSchema = z.discriminatedUnion(
  'type',
  [
    strictObject(intervention('consumer.join')),
    strictObject(intervention('consumer.leave')),
    strictObject(intervention('consumer.crash')),
    strictObject(intervention('consumer.restart')),
    strictObject({
      ...intervention('consumer.seek'),
      partition: z
        .string({ error: 'a partition name like "orders-0"' })
        .max(200, { error: 'a partition name like "orders-0"' })
        .exactOptional(),
      toOffset: integerIn(0, OFFSET_MAX).exactOptional(),
      toTimestampMs: timeMs().exactOptional(),
      toBeginning: z.boolean({ error: 'true or false' }).exactOptional(),
    }),
    strictObject(intervention('producer.stop')),
    strictObject(intervention('producer.start')),
  ],
  { error: unionError('type') },
);

export type InterventionType = z.output<typeof interventionSchema>['type'];
