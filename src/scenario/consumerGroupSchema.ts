// The consumer-group part of a scenario file: group settings and the members' client settings,
// with Kafka's defaults named by their config keys.

import { z } from 'zod';
import {
  integerIn,
  listOf,
  millisIn,
  nameSchema,
  oneOf,
  strictObject,
  unionError,
} from './fieldSchemas.ts';
import {
  COST_MS_MAX,
  MEMBERS_PER_GROUP_MAX,
  POLL_RECORDS_MAX,
  TOPICS_MAX,
} from './scenarioLimits.ts';
import { intervalMs, timeMs } from './timeSchemas.ts';

export const POISON_POLICIES = ['retry-forever', 'skip', 'dead-letter'] as const;

/** Kafka's enable.auto.commit is true by default, committing every auto.commit.interval.ms (5000). */
const AUTO_COMMIT_DEFAULT = { mode: 'auto', intervalMs: 5000 } as const;

const commitSchema = z.discriminatedUnion(
  'mode',
  [
    strictObject({ mode: z.literal('auto'), intervalMs: intervalMs().default(5000) }),
    strictObject({ mode: z.literal('after-processing') }),
    strictObject({ mode: z.literal('before-processing') }),
  ],
  { error: unionError('mode') },
);

const consumerSchema = strictObject({
  id: nameSchema(),
  groupInstanceId: nameSchema()
    .exactOptional()
    .describe('group.instance.id; makes the member static'),
  joinAtMs: timeMs().exactOptional().describe('absent: the consumer waits for a consumer.join'),
  maxPollRecords: integerIn(1, POLL_RECORDS_MAX).default(500).describe('max.poll.records'),
  fetchDelayMs: timeMs().default(1).describe('round trip of one fetch'),
  processingMsPerRecord: millisIn(0, COST_MS_MAX).default(1),
  // A positive backoff keeps an idle poll loop from spinning at one instant.
  pollBackoffMs: intervalMs().default(100),
  commit: commitSchema
    .default(AUTO_COMMIT_DEFAULT)
    .describe('enable.auto.commit, auto.commit.interval.ms'),
  autoOffsetReset: oneOf(['earliest', 'latest']).default('latest').describe('auto.offset.reset'),
  // What the application does with a record it cannot process. Kafka has no such setting (it is
  // the application's choice), so the engine's default, retrying for ever, is left implicit.
  onPoison: oneOf(POISON_POLICIES)
    .exactOptional()
    .describe('on a record whose processing fails; absent: retry-forever'),
  deadLetterTopic: nameSchema()
    .exactOptional()
    .describe('where onPoison "dead-letter" sends failed records'),
  poisonRetryBackoffMs: intervalMs()
    .exactOptional()
    .describe('wait before processing a failed record again; absent: 1000'),
});

export const ASSIGNOR_NAMES = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'] as const;

export const consumerGroupSchema = strictObject({
  id: nameSchema(),
  topics: listOf(nameSchema(), 1, TOPICS_MAX, 'topic names'),
  // partition.assignment.strategy defaults to [range, cooperative-sticky] since Kafka 3.0, and a
  // group uses the first strategy all members support, which is range.
  assignor: oneOf(ASSIGNOR_NAMES).default('range').describe('partition.assignment.strategy'),
  sessionTimeoutMs: intervalMs().default(45000).describe('session.timeout.ms'),
  heartbeatIntervalMs: intervalMs().default(3000).describe('heartbeat.interval.ms'),
  maxPollIntervalMs: intervalMs()
    .default(300000)
    .describe('max.poll.interval.ms; also the rebalance timeout'),
  initialRebalanceDelayMs: timeMs()
    .default(3000)
    .describe('group.initial.rebalance.delay.ms (broker)'),
  metadataMaxAgeMs: intervalMs()
    .exactOptional()
    .describe(
      "the members' metadata.max.age.ms: how long the group's leader may take to notice that a subscribed topic grew and rebalance; absent: 300000 (5 minutes)",
    ),
  members: listOf(consumerSchema, 1, MEMBERS_PER_GROUP_MAX, 'consumers'),
});
