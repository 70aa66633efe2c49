// The producer part of a scenario file: how often records are created, which keys they carry, how
// they are stamped with event time, and the client settings, with Kafka's defaults. Checks that
// need the whole file live in crossReferences.ts and eventTimeReferences.ts.

import { z } from 'zod';
import { eventTimeFields } from './eventTimeSchemas.ts';
import {
  integerIn,
  listOf,
  millisIn,
  nameSchema,
  oneOf,
  strictObject,
  textSchema,
  unionError,
} from './fieldSchemas.ts';
import {
  BATCH_SIZE_RECORDS_MAX,
  DURATION_MS_MAX,
  HEADERS_MAX,
  KEY_COUNT_MAX,
  NAME_CHARS_MAX,
  RATE_INTERVAL_MS_MIN,
  RETRIES_MAX,
  SCRIPTED_RECORDS_MAX,
  TEXT_CHARS_MAX,
  ZIPF_EXPONENT_MAX,
} from './scenarioLimits.ts';
import { intervalMs, timeMs } from './timeSchemas.ts';

export const ACKS_VALUES = ['0', '1', 'all'] as const;

const rateIntervalMs = () => millisIn(RATE_INTERVAL_MS_MIN, DURATION_MS_MAX);

const headersSchema = z
  .record(nameSchema(), textSchema(0, TEXT_CHARS_MAX), {
    error: (issue) =>
      issue.code === 'invalid_key'
        ? `a header name of 1 to ${NAME_CHARS_MAX} characters from A-Z a-z 0-9 . _ -, not a built-in name like __proto__`
        : `an object of at most ${HEADERS_MAX} header names and text values`,
  })
  .refine((headers) => Object.keys(headers).length <= HEADERS_MAX, {
    error: `at most ${HEADERS_MAX} headers`,
    params: { problem: 'has too many headers' },
  })
  .meta({ maxProperties: HEADERS_MAX });

const recordValueError = {
  error: `text of at most ${TEXT_CHARS_MAX} characters, or null (a tombstone)`,
};

const scriptedRecordSchema = strictObject({
  atMs: timeMs(),
  // A ProducerRecord built without a key has a null key, so null is the default here too.
  key: z
    .union([textSchema(0, TEXT_CHARS_MAX), z.null()], {
      error: `null or text of at most ${TEXT_CHARS_MAX} characters`,
    })
    .default(null),
  // A null value is a tombstone: on a compacted topic it deletes the key.
  value: z
    .string(recordValueError)
    .max(TEXT_CHARS_MAX, recordValueError)
    .nullable()
    .describe('null is a tombstone'),
  eventTimeMs: timeMs().exactOptional(),
  headers: headersSchema.exactOptional(),
});

/** The generated rates, which queue producers share; a topic producer may also be scripted. */
export const generatedRates = [
  strictObject({ kind: z.literal('constant'), intervalMs: rateIntervalMs() }),
  strictObject({ kind: z.literal('poisson'), meanIntervalMs: rateIntervalMs() }),
  strictObject({
    kind: z.literal('bursts'),
    onMs: integerIn(1, DURATION_MS_MAX),
    offMs: integerIn(0, DURATION_MS_MAX),
    intervalMs: rateIntervalMs(),
  }),
] as const;

const rateSchema = z.discriminatedUnion(
  'kind',
  [
    ...generatedRates,
    strictObject({
      kind: z.literal('scripted'),
      records: listOf(scriptedRecordSchema, 0, SCRIPTED_RECORDS_MAX, 'scripted records'),
    }),
  ],
  { error: unionError('kind') },
);

const keyCount = () => integerIn(1, KEY_COUNT_MAX);

const uniformKeys = strictObject({ kind: z.literal('uniform'), count: keyCount() });
const zipfKeys = strictObject({
  kind: z.literal('zipf'),
  count: keyCount(),
  exponent: millisIn(0, ZIPF_EXPONENT_MAX),
});
const hotKeys = strictObject({
  kind: z.literal('hot'),
  count: keyCount(),
  hotSharePercent: integerIn(0, 100),
});
const nullKeys = strictObject({ kind: z.literal('null') });

/** Key models a queue producer can draw; the engine keeps no Zipf table for queue producers. */
export const queueKeyModels = [uniformKeys, hotKeys, nullKeys] as const;

const keysSchema = z.discriminatedUnion('kind', [uniformKeys, zipfKeys, hotKeys, nullKeys], {
  error: unionError('kind'),
});

export const producerSchema = strictObject({
  id: nameSchema(),
  topic: nameSchema(),
  rate: rateSchema,
  // A record sent without a key carries a null key, so a producer with no key model sends nulls.
  keys: keysSchema.default({ kind: 'null' }),
  // Kafka's default partitioner hashes keys with murmur2 and keeps null keys in sticky batches.
  partitioner: oneOf(['default', 'round-robin']).default('default'),
  // linger.ms: 5 since Kafka 4.0 (KIP-1030); it was 0 before.
  lingerMs: timeMs().default(5).describe('linger.ms; Kafka 4.0 default 5'),
  // batch.size is 16384 bytes in Kafka; the simulator counts records, so 16 records stands in.
  batchSizeRecords: integerIn(1, BATCH_SIZE_RECORDS_MAX)
    .default(16)
    .describe('batch.size, counted in records rather than bytes'),
  // retries defaults to 2147483647 in Kafka, bounded there by delivery.timeout.ms; a teaching
  // simulator wants failures to surface after a few attempts, so it uses 5.
  retries: integerIn(0, RETRIES_MAX).default(5).describe('retries; Kafka default 2147483647'),
  retryBackoffMs: timeMs().default(100).describe('retry.backoff.ms; Kafka default 100'),
  // acks is "all" since Kafka 3.0, written as a string as in Kafka's config.
  acks: z
    .enum(ACKS_VALUES, { error: 'one of the strings "0", "1", "all", as in Kafka\'s acks config' })
    .default('all')
    .describe('acks; Kafka 3.0+ default "all"'),
  // enable.idempotence defaults to true, but only when nothing conflicts with it (acks=all), so
  // the default is left to the engine and the cross-checks insist on an explicit false for
  // acks "0" or "1".
  idempotence: z
    .boolean({ error: 'true or false' })
    .exactOptional()
    .describe('enable.idempotence; default true, which needs acks "all"'),
  requestTimeoutMs: intervalMs().default(30_000).describe('request.timeout.ms'),
  metadataMaxAgeMs: intervalMs()
    .exactOptional()
    .describe(
      'metadata.max.age.ms: how often the producer refreshes metadata, and so how long it keeps partitioning over the old partition count after a topic grows; absent: 300000 (5 minutes)',
    ),
  ...eventTimeFields,
  startAtMs: timeMs().default(0),
  stopAtMs: timeMs().exactOptional(),
});
