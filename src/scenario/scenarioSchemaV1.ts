// The zod schema of a scenario file, format version 1, and the type it parses into. The shape
// mirrors the engine's ScenarioModel, plus the fields a person reads (title, summary, modules).
// Version 2 (scenarioSchema.ts) reuses these fields; version 1 files are still read and migrated.

import { z } from 'zod';
import type { ScenarioModel } from '../engine/index.ts';
import { consumerGroupSchema } from './consumerGroupSchema.ts';
import {
  integerIn,
  listOf,
  millisIn,
  nameSchema,
  strictObject,
  textSchema,
} from './fieldSchemas.ts';
import { interventionSchema } from './interventionSchema.ts';
import { producerSchema } from './producerSchema.ts';
import { queueConsumerSchema, queueProducerSchema, queueSchema } from './queueSchema.ts';
import { dataflowSchema } from './dataflowSchema.ts';
import { streamJobSchema } from './streamJobSchema.ts';
import { intervalMs } from './timeSchemas.ts';
import { periodMs, topicSchema } from './topicSchema.ts';
import {
  BROKERS_MAX,
  COST_MS_MAX,
  DATAFLOWS_MAX,
  DURATION_MS_MAX,
  GROUPS_MAX,
  INTERVENTIONS_MAX,
  MODULES_MAX,
  PRODUCERS_MAX,
  QUEUE_CONSUMERS_MAX,
  QUEUE_PRODUCERS_MAX,
  QUEUES_MAX,
  SEED_MAX,
  STREAM_JOBS_MAX,
  TEXT_CHARS_MAX,
  TITLE_CHARS_MAX,
  TOPICS_MAX,
} from './scenarioLimits.ts';

/** The fields both format versions share: what the engine runs, plus what the course shows. */
export type ScenarioCore = ScenarioModel & {
  title: string;
  summary: string;
  modules: string[];
};

/** A version 1 file after parsing; parseScenario migrates it to version 2 before returning it. */
export type ScenarioFileV1 = ScenarioCore & { schemaVersion: 1 };

/** Course module ids M01 to M50. */
export const MODULE_IDS = Array.from(
  { length: MODULES_MAX },
  (_, i) => `M${String(i + 1).padStart(2, '0')}`,
) as [string, ...string[]];

const brokerSchema = strictObject({
  id: nameSchema(),
  networkDelayMs: millisIn(0, COST_MS_MAX).default(1).describe('one-way delay of links to it'),
  networkJitterMsMean: millisIn(0, COST_MS_MAX).default(0).describe('mean extra delay; 0 is none'),
});

const topologySchema = strictObject({
  brokers: listOf(brokerSchema, 1, BROKERS_MAX, 'brokers'),
  topics: listOf(topicSchema, 1, TOPICS_MAX, 'topics'),
  producers: listOf(producerSchema, 0, PRODUCERS_MAX, 'producers'),
  consumerGroups: listOf(consumerGroupSchema, 0, GROUPS_MAX, 'consumer groups'),
  // KRaft's broker.session.timeout.ms: how long the controller takes to notice a crashed broker.
  brokerSessionTimeoutMs: intervalMs().default(9000).describe('broker.session.timeout.ms'),
  logRetentionCheckIntervalMs: periodMs()
    .default(300_000)
    .describe('log.retention.check.interval.ms; Kafka default 5 minutes'),
  logCleanerBackoffMs: periodMs().default(15_000).describe('log.cleaner.backoff.ms'),
  // Queues and stream jobs stay absent when a file has none, so Kafka-only files parse as before.
  queues: listOf(queueSchema, 0, QUEUES_MAX, 'queues').exactOptional(),
  queueProducers: listOf(
    queueProducerSchema,
    0,
    QUEUE_PRODUCERS_MAX,
    'queue producers',
  ).exactOptional(),
  queueConsumers: listOf(
    queueConsumerSchema,
    0,
    QUEUE_CONSUMERS_MAX,
    'queue consumers',
  ).exactOptional(),
  streamJobs: listOf(streamJobSchema, 0, STREAM_JOBS_MAX, 'stream jobs').exactOptional(),
  dataflows: listOf(dataflowSchema, 0, DATAFLOWS_MAX, 'dataflows')
    .exactOptional()
    .describe('processing DAGs of operators; see dataflowSchema.ts'),
});

/** Editors look for this key to find the JSON Schema; the parser accepts it and drops it. */
export const editorHintField = { $schema: textSchema(0, TEXT_CHARS_MAX).exactOptional() };

/** The fields of version 1 after `schemaVersion`, which version 2 keeps unchanged. */
export const coreFields = {
  id: nameSchema(),
  title: textSchema(1, TITLE_CHARS_MAX),
  summary: textSchema(1, TEXT_CHARS_MAX),
  modules: listOf(
    z.enum(MODULE_IDS, { error: `a course module id from M01 to M${MODULES_MAX}` }),
    1,
    MODULES_MAX,
    'course module ids',
  ),
  seed: integerIn(0, SEED_MAX, `an integer from 0 to ${SEED_MAX} (uint32)`),
  durationMs: integerIn(
    1,
    DURATION_MS_MAX,
    `a whole number of milliseconds from 1 to ${DURATION_MS_MAX}`,
  ),
  topology: topologySchema,
  interventions: listOf(interventionSchema, 0, INTERVENTIONS_MAX, 'interventions').default([]),
};

export const scenarioSchemaV1 = strictObject({
  ...editorHintField,
  schemaVersion: z.literal(1, { error: 'the number 1 (file format version 1)' }),
  ...coreFields,
});

type ParsedOutput = Omit<z.output<typeof scenarioSchemaV1>, '$schema'>;

/** Compile-time proof that what the schema yields is what the engine accepts. */
export type AssertAssignable<From extends To, To> = [From, To];
export type SchemaOutputIsScenarioFileV1 = AssertAssignable<ParsedOutput, ScenarioFileV1>;
