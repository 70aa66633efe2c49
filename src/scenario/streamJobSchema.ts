// Stream jobs in Flink's style: a source that reads a topic with per-partition watermarks, and a
// keyed event-time window aggregation behind it. Names follow Flink's API (WatermarkStrategy,
// TumblingEventTimeWindows, allowedLateness). Checks that need the whole file (the topic exists,
// offsets fit their windows, a record lands in a bounded number of windows) live in
// streamJobReferences.ts.

import { z } from 'zod';
import { integerIn, nameSchema, oneOf, strictObject, unionError } from './fieldSchemas.ts';
import { DURATION_MS_MAX } from './scenarioLimits.ts';
import { intervalMs, timeMs } from './timeSchemas.ts';

export const WATERMARK_STRATEGIES = [
  'bounded-out-of-orderness',
  'ascending',
  'punctuated',
] as const;
export const WINDOW_AGGREGATES = ['sum', 'count'] as const;
export const ACCUMULATION_MODES = ['accumulating', 'discarding'] as const;

/** The settings every watermark strategy shares, with Flink's defaults. */
const watermarkCommon = {
  idleTimeoutMs: intervalMs()
    .exactOptional()
    .describe('withIdleness: a partition silent this long stops holding the watermark back'),
  intervalMs: intervalMs()
    .default(200)
    .describe('pipeline.auto-watermark-interval; Flink default 200'),
};

const watermarksSchema = z.discriminatedUnion(
  'strategy',
  [
    strictObject({
      strategy: z.literal('bounded-out-of-orderness'),
      maxOutOfOrdernessMs: timeMs().describe('forBoundedOutOfOrderness: how late a record may be'),
      ...watermarkCommon,
    }),
    strictObject({ strategy: z.literal('ascending'), ...watermarkCommon }),
    strictObject({
      strategy: z.literal('punctuated'),
      ...watermarkCommon,
    }).describe('only records with a header watermark: "true" move the watermark'),
  ],
  { error: unionError('strategy') },
);

/** Window offsets may be negative, as in Flink's `of(size, offset)`; |offset| is checked later. */
const offsetMs = () =>
  integerIn(
    -DURATION_MS_MAX,
    DURATION_MS_MAX,
    `an integer from ${-DURATION_MS_MAX} to ${DURATION_MS_MAX}`,
  );

const assignerSchema = z.discriminatedUnion(
  'kind',
  [
    strictObject({
      kind: z.literal('tumbling'),
      sizeMs: intervalMs(),
      offsetMs: offsetMs().exactOptional().describe('smaller in magnitude than sizeMs; absent: 0'),
    }),
    strictObject({
      kind: z.literal('sliding'),
      sizeMs: intervalMs(),
      slideMs: intervalMs(),
      offsetMs: offsetMs().exactOptional().describe('smaller in magnitude than slideMs; absent: 0'),
    }),
    strictObject({ kind: z.literal('session'), gapMs: intervalMs() }),
  ],
  { error: unionError('kind') },
);

const windowSchema = strictObject({
  assigner: assignerSchema,
  allowedLatenessMs: timeMs().default(0).describe('allowedLateness; Flink default 0'),
  aggregate: oneOf(WINDOW_AGGREGATES).describe('sum adds record values read as numbers'),
  accumulation: oneOf(ACCUMULATION_MODES)
    .default('accumulating')
    .describe('whether a late firing repeats the earlier records (accumulating) or not'),
});

export const streamJobSchema = strictObject({
  id: nameSchema(),
  sourceTopic: nameSchema().describe('read from every partition, from the earliest offset'),
  pollIntervalMs: intervalMs().default(100).describe('how often the source polls its partitions'),
  watermarks: watermarksSchema,
  window: windowSchema,
});
