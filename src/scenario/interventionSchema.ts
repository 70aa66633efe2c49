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
  textSchema,
  unionError,
} from './fieldSchemas.ts';
import {
  CLOCK_OFFSET_MS_MAX,
  DROP_ACKS_MAX,
  OFFSET_MAX,
  PARTITIONS_MAX,
  SLOW_FACTOR_MAX,
  SLOW_FACTOR_MIN,
  TEXT_CHARS_MAX,
} from './scenarioLimits.ts';
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

const SHARE_ALLOWED = 'a number from 0 to 1 with at most 3 decimals (0.25 is a quarter)';

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
    strictObject({
      ...intervention('producer.lateRecord'),
      key: z
        .union([textSchema(0, TEXT_CHARS_MAX), z.null()], {
          error: `null or text of at most ${TEXT_CHARS_MAX} characters`,
        })
        .describe('the record key; null lets the sticky partitioner choose'),
      value: textSchema(0, TEXT_CHARS_MAX),
      eventTimeMs: timeMs().describe(
        'the event time stamped on the record; before atMs makes it a straggler',
      ),
    }),
    strictObject({
      ...intervention('producer.clockSkew'),
      skewMs: integerIn(
        -CLOCK_OFFSET_MS_MAX,
        CLOCK_OFFSET_MS_MAX,
        `an integer from ${-CLOCK_OFFSET_MS_MAX} to ${CLOCK_OFFSET_MS_MAX} (milliseconds ahead; negative is behind)`,
      ).describe("the producer clock's offset from true time from now on"),
    }),
    strictObject({
      ...intervention('producer.hotKeyBurst'),
      key: textSchema(0, TEXT_CHARS_MAX).describe('the hot key'),
      share: z
        .number({ error: SHARE_ALLOWED })
        .min(0, { error: SHARE_ALLOWED })
        .max(1, { error: SHARE_ALLOWED })
        .multipleOf(0.001, { error: SHARE_ALLOWED })
        .describe('share of generated records that carry the hot key'),
      durationMs: intervalMs().describe('how long the burst lasts'),
    }),
    strictObject({
      ...intervention('topic.alterPartitions'),
      partitions: integerIn(1, PARTITIONS_MAX).describe(
        "the topic's new partition count: more than it has, at most its maxPartitions",
      ),
    }),
  ],
  { error: unionError('type') },
);

export type InterventionType = z.output<typeof interventionSchema>['type'];
