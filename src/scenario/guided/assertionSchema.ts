// The expected-outcome language of a guided scenario: a discriminated union on `kind`, each with
// an optional `label` (the sentence learners see). ASSERTIONS.md documents every kind; the
// checker lives in src/scenario/outcomes. Group names and times are checked after parsing.

import { z } from 'zod';
import {
  integerIn,
  listOf,
  markdownSchema,
  nameSchema,
  oneOf,
  strictObject,
  textSchema,
  unionError,
} from '../fieldSchemas.ts';
import {
  ASSERTIONS_MAX,
  EVENT_TIME_MS_MAX,
  LABEL_CHARS_MAX,
  OFFSET_MAX,
  PARAMETER_VALUE_MAX,
  TEXT_CHARS_MAX,
  WINDOW_VALUES_MAX,
} from '../scenarioLimits.ts';
import { timeMs } from '../timeSchemas.ts';
import { eventTypeSchema, whereSchema } from './eventSchemas.ts';

const GROUP_STATES = [
  'Empty',
  'PreparingRebalance',
  'CompletingRebalance',
  'Stable',
  'Dead',
] as const;

export const COMPARE_OPS = ['<=', '==', '>='] as const;
export const DATAFLOW_METRICS = [
  'recordsPerSecond',
  'lagRecords',
  'latencyMsP50',
  'latencyMsP95',
  'latencyMsP99',
  'watermarkLagMs',
  'stateEntries',
  'bufferFillPercent',
  'checkpointDurationMs',
] as const;
const metricAllowed = `a number from ${-PARAMETER_VALUE_MAX} to ${PARAMETER_VALUE_MAX}`;

const count = () => integerIn(0, OFFSET_MAX, 'a whole number from 0 upwards');
const eventTimeMs = () => integerIn(-EVENT_TIME_MS_MAX, EVENT_TIME_MS_MAX);

/** The fields of one assertion kind, with the optional label every kind has. */
function assertion<const K extends string, T extends z.ZodRawShape>(kind: K, shape: T) {
  return strictObject({
    kind: z.literal(kind),
    label: markdownSchema(1, LABEL_CHARS_MAX).exactOptional(),
    ...shape,
  });
}

const windowValueSchema = strictObject({
  value: z.union([z.number(), textSchema(0, TEXT_CHARS_MAX)], {
    error: 'a number or a short text',
  }),
  timing: oneOf(['on-time', 'early', 'late']),
});

export const assertionSchema = z.discriminatedUnion(
  'kind',
  [
    assertion('groupState', { group: nameSchema(), state: oneOf(GROUP_STATES), atMs: timeMs() }),
    assertion('lag', {
      group: nameSchema(),
      atMs: timeMs(),
      op: oneOf(COMPARE_OPS),
      value: count(),
    }),
    assertion('lagReaches', {
      group: nameSchema(),
      value: count(),
      byMs: timeMs(),
      afterMs: timeMs().exactOptional(),
    }),
    assertion('deliveries', {
      times: oneOf(['zero', 'once', 'more-than-once']),
      op: oneOf(COMPARE_OPS),
      count: count(),
      group: nameSchema().exactOptional(),
    }),
    assertion('eventCount', {
      eventType: eventTypeSchema,
      where: whereSchema.exactOptional(),
      op: oneOf(COMPARE_OPS),
      count: count(),
      byMs: timeMs().exactOptional(),
    }),
    assertion('windowResult', {
      job: nameSchema().exactOptional().describe('the stream job; absent: any job'),
      key: textSchema(0, TEXT_CHARS_MAX),
      // Event time, not run time: sliding windows start before 0 and skewed clocks run ahead.
      window: z.tuple([eventTimeMs(), eventTimeMs()], {
        error: `a pair [startMs, endMs] of integers from ${-EVENT_TIME_MS_MAX} to ${EVENT_TIME_MS_MAX}`,
      }),
      values: listOf(windowValueSchema, 0, WINDOW_VALUES_MAX, 'window results'),
    }),
    assertion('dataflowMetric', {
      job: nameSchema().describe('the dataflow whose dataflow.metrics samples are read'),
      metric: oneOf(DATAFLOW_METRICS),
      stat: oneOf(['max', 'min', 'last']).describe(
        'the largest, smallest or last sample in [afterMs, byMs); samples without a value are skipped',
      ),
      op: oneOf(COMPARE_OPS),
      value: z
        .number({ error: metricAllowed })
        .min(-PARAMETER_VALUE_MAX, { error: metricAllowed })
        .max(PARAMETER_VALUE_MAX, { error: metricAllowed }),
      afterMs: timeMs().exactOptional().describe('first time a sample counts; absent: 0'),
      byMs: timeMs()
        .exactOptional()
        .describe('samples before this time count; absent: the whole run'),
    }),
    assertion('sinkRows', {
      job: nameSchema().describe('the dataflow'),
      sink: nameSchema().describe('its sink operator'),
      atMs: timeMs().describe('the rows readers can see at this time'),
      op: oneOf(COMPARE_OPS),
      count: count(),
      key: textSchema(0, TEXT_CHARS_MAX).exactOptional().describe('only rows of this key'),
      window: z
        .tuple([eventTimeMs(), eventTimeMs()], {
          error: `a pair [startMs, endMs] of integers from ${-EVENT_TIME_MS_MAX} to ${EVENT_TIME_MS_MAX}`,
        })
        .exactOptional()
        .describe('only rows of this window'),
    }),
    assertion('failureFreeOutput', {
      job: nameSchema()
        .exactOptional()
        .describe('a stream job (its sink) or a dataflow (with sink); or name a group instead'),
      sink: nameSchema().exactOptional().describe("the dataflow's sink operator; dataflows only"),
      group: nameSchema()
        .exactOptional()
        .describe(
          'a consumer group: the records it processed, read as an append log or upsert table',
        ),
      as: oneOf(['append', 'upsert'])
        .exactOptional()
        .describe(
          'groups only: every processing is a row (append), or the last value per key (upsert)',
        ),
      expect: oneOf(['equal', 'different']).describe(
        "whether the output equals the failure-free run's (same scenario and seed, no faults)",
      ),
      atMs: timeMs()
        .exactOptional()
        .describe('compare what readers see at this time in both runs; absent: the end of the run'),
    }),
  ],
  { error: unionError('kind') },
);

export const expectSchema = listOf(assertionSchema, 0, ASSERTIONS_MAX, 'expected outcomes');
