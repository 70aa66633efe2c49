// Timed interventions in a scenario file: faults and commands as data, such as
// `{ "atMs": 5000, "type": "consumer.crash", "target": "c1" }`. Whether a target exists and is of
// the right kind is checked in interventionReferences.ts, which sees the whole topology.

import { z } from 'zod';
import {
  integerIn,
  millisIn,
  nameSchema,
  oneOf,
  strictObject,
  unionError,
} from './fieldSchemas.ts';
import { DROP_ACKS_MAX, OFFSET_MAX, SLOW_FACTOR_MAX, SLOW_FACTOR_MIN } from './scenarioLimits.ts';
import { intervalMs, timeMs } from './timeSchemas.ts';

/** The fields every intervention has, plus its `type` literal. */
function intervention<const T extends string>(type: T) {
  return { atMs: timeMs(), type: z.literal(type), target: nameSchema() };
}

/** A fault between two nodes: `target` and `peer`, each a broker, producer or consumer. */
function link<const T extends string>(type: T) {
  return strictObject({ ...intervention(type), peer: nameSchema() });
}

export const CRASH_MOMENTS = ['now', 'before-commit', 'after-commit'] as const;

export const interventionSchema = z.discriminatedUnion(
  'type',
  [
    strictObject(intervention('consumer.join')),
    strictObject(intervention('consumer.leave')),
    strictObject({
      ...intervention('consumer.crash'),
      // Left out means "now"; the engine applies that, so a file's crash traces as written.
      moment: oneOf(CRASH_MOMENTS)
        .exactOptional()
        .describe('now (default), or at the next offset commit: before-commit, after-commit'),
    }),
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
    strictObject(intervention('producer.crash')),
    strictObject(intervention('producer.poison')),
    strictObject(intervention('broker.crash')),
    strictObject(intervention('broker.restart')),
    strictObject({
      ...intervention('broker.dropAcks'),
      count: integerIn(1, DROP_ACKS_MAX).describe('produce responses to lose on the way back'),
    }),
    strictObject({
      ...intervention('broker.delayAcks'),
      delayMs: integerIn(0, 3_600_000).describe(
        'extra delay on every produce response; 0 restores',
      ),
    }),
    strictObject({
      ...intervention('node.pause'),
      durationMs: intervalMs().describe('a stop-the-world pause, like a long GC'),
    }),
    strictObject({
      ...intervention('node.slow'),
      factor: millisIn(SLOW_FACTOR_MIN, SLOW_FACTOR_MAX).describe(
        'multiplies processing and fetch time, or network delay; 1 restores',
      ),
    }),
    link('network.partition'),
    link('network.heal'),
    // A task of a stream job fails; the job restarts from its last completed checkpoint.
    strictObject(intervention('job.fail')),
  ],
  { error: unionError('type') },
);

export type InterventionType = z.output<typeof interventionSchema>['type'];
