// Stream jobs in Flink's style: a source that reads a topic with per-partition watermarks, and a
// keyed event-time window aggregation behind it. Names follow Flink's API (WatermarkStrategy,
// TumblingEventTimeWindows, allowedLateness, checkpointing), with early firings in Beam's style,
// the three sinks of the exactly-once lesson, a capacity with backpressure, shedding or sampling, and Kafka
// Streams' window semantics as an alternative. Checks that combine fields (the topic exists,
// offsets fit their windows, a record lands in a bounded number of windows, settings only one
// semantics has, a transactional sink has checkpoints) live in streamJobReferences.ts.

import { z } from 'zod';
import { integerIn, nameSchema, oneOf, strictObject, unionError } from './fieldSchemas.ts';
import {
  DURATION_MS_MAX,
  EARLY_FIRING_COUNT_MAX,
  JOB_RECORDS_PER_SECOND_MAX,
} from './scenarioLimits.ts';
import { overloadSchema, samplePercentSchema } from './overloadSchemas.ts';
import { intervalMs, timeMs } from './timeSchemas.ts';

export const WATERMARK_STRATEGIES = [
  'bounded-out-of-orderness',
  'ascending',
  'punctuated',
] as const;
export const WINDOW_AGGREGATES = ['sum', 'count'] as const;
export const ACCUMULATION_MODES = ['accumulating', 'discarding'] as const;
export const SINK_KINDS = ['append', 'idempotent-upsert', 'transactional'] as const;
export const JOB_SEMANTICS = ['flink', 'kafka-streams'] as const;
export const EMIT_MODES = ['on-update', 'on-window-close'] as const;

/** The settings every watermark strategy shares, with Flink's defaults. */
const watermarkCommon = {
  idleTimeoutMs: intervalMs()
    .exactOptional()
    .describe('withIdleness: a partition silent this long stops holding the watermark back'),
  intervalMs: intervalMs()
    .default(200)
    .describe('pipeline.auto-watermark-interval; Flink default 200'),
};

export const watermarksSchema = z.discriminatedUnion(
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

export const assignerSchema = z.discriminatedUnion(
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
  earlyFiring: strictObject({
    everyMs: intervalMs()
      .exactOptional()
      .describe('fire windows with new records every this many ms of processing time'),
    everyCount: integerIn(1, EARLY_FIRING_COUNT_MAX)
      .exactOptional()
      .describe('fire a window each time it holds a multiple of this many records'),
  })
    .exactOptional()
    .describe('early panes before the watermark closes a window (Beam); at least one of the two'),
});

const sinkSchema = strictObject({
  kind: oneOf(SINK_KINDS).describe(
    'append writes every result; idempotent-upsert keeps the latest per key and window; transactional commits with checkpoints',
  ),
});

const checkpointSchema = strictObject({
  intervalMs: intervalMs().describe('execution.checkpointing.interval'),
  ackDelayMs: timeMs()
    .default(50)
    .describe('time for the barrier to pass the job and the sink to acknowledge; default 50'),
});

export const streamJobSchema = strictObject({
  id: nameSchema(),
  sourceTopic: nameSchema().describe('read from every partition, from the earliest offset'),
  pollIntervalMs: intervalMs().default(100).describe('how often the source polls its partitions'),
  partitionDiscoveryIntervalMs: timeMs()
    .exactOptional()
    .describe(
      'partition.discovery.interval.ms: how often the source looks for partitions added to its topic and reads them from the earliest offset; 0 never; absent: 300000 (5 minutes, Flink 1.18 and later)',
    ),
  watermarks: watermarksSchema,
  window: windowSchema,
  sink: sinkSchema.exactOptional().describe('where window results go; absent: no sink'),
  checkpoint: checkpointSchema
    .exactOptional()
    .describe('aligned checkpoints; absent: none, and a failure starts over from the beginning'),
  restartDelayMs: timeMs()
    .default(1000)
    .describe('time from a failure (job.fail) to running again from the last checkpoint'),
  maxRecordsPerSecond: integerIn(1, JOB_RECORDS_PER_SECOND_MAX)
    .exactOptional()
    .describe('processing capacity of the slowest operator or sink; absent: unlimited'),
  overload: overloadSchema(),
  samplePercent: samplePercentSchema(),
  semantics: oneOf(JOB_SEMANTICS)
    .default('flink')
    .describe(
      'flink: watermarks and allowed lateness; kafka-streams: stream time and a grace period, tumbling and sliding windows only',
    ),
  graceMs: timeMs()
    .exactOptional()
    .describe('kafka-streams only: a window closes at end + grace in stream time; absent: 0'),
  emit: oneOf(EMIT_MODES)
    .exactOptional()
    .describe(
      'kafka-streams only: every update (on-update, the default) or final results (on-window-close, suppress)',
    ),
});
