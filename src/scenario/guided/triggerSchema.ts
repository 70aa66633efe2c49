// When a narration step appears: at a virtual time, on the first matching trace event, or when
// the learner clicks Next. resolveTrigger.ts turns a trigger into a time against a trace.

import { z } from 'zod';
import { strictObject, unionError } from '../fieldSchemas.ts';
import { timeMs } from '../timeSchemas.ts';
import { eventTypeSchema, whereSchema } from './eventSchemas.ts';

export const triggerSchema = z.discriminatedUnion(
  'kind',
  [
    strictObject({ kind: z.literal('atTime'), atMs: timeMs() }),
    strictObject({
      kind: z.literal('onEvent'),
      eventType: eventTypeSchema,
      where: whereSchema.exactOptional(),
    }),
    strictObject({ kind: z.literal('onNext') }),
  ],
  { error: unionError('kind') },
);
