// Message queues beside the logs, in the style of Amazon SQS and RabbitMQ: the queues, the
// producers that send to them and the competing consumers that receive, acknowledge and fail
// messages. Defaults are SQS's where it has one. Checks that need the whole file (brokers and
// queues exist, no dead-letter cycles) live in queueReferences.ts.

import { z } from 'zod';
import {
  integerIn,
  millisIn,
  nameSchema,
  oneOf,
  strictObject,
  unionError,
} from './fieldSchemas.ts';
import { generatedRates, queueKeyModels } from './producerSchema.ts';
import {
  COST_MS_MAX,
  MAX_DELIVERIES_MAX,
  RECEIVE_MESSAGES_MAX,
  VISIBILITY_TIMEOUT_MS_MAX,
} from './scenarioLimits.ts';
import { intervalMs, timeMs } from './timeSchemas.ts';

export const ACK_MODES = ['after-processing', 'on-receive'] as const;

export const queueSchema = strictObject({
  name: nameSchema().describe('unique among queues and topics'),
  broker: nameSchema().describe('the broker that hosts the queue'),
  // SQS allows 0, but a message visible again at the instant it was received could be received
  // again and again without simulated time moving, so the least here is 1 ms.
  visibilityTimeoutMs: integerIn(
    1,
    VISIBILITY_TIMEOUT_MS_MAX,
    `a whole number of milliseconds from 1 to ${VISIBILITY_TIMEOUT_MS_MAX} (12 hours, as in SQS)`,
  )
    .default(30_000)
    .describe('SQS VisibilityTimeout; SQS default 30 s'),
  maxDeliveries: integerIn(1, MAX_DELIVERIES_MAX)
    .default(5)
    .describe('SQS maxReceiveCount: deliveries before a message goes to the dead-letter queue'),
  deadLetterQueue: nameSchema()
    .exactOptional()
    .describe('another queue; absent: a failing message is redelivered for ever'),
});

export const queueProducerSchema = strictObject({
  id: nameSchema(),
  queue: nameSchema(),
  // A queue producer sends each message alone at its rate; the engine has no scripted queue
  // producer, nor a Zipf table for one.
  rate: z.discriminatedUnion('kind', [...generatedRates], { error: unionError('kind') }),
  keys: z
    .discriminatedUnion('kind', [...queueKeyModels], { error: unionError('kind') })
    .default({ kind: 'null' }),
  startAtMs: timeMs().default(0),
  stopAtMs: timeMs().exactOptional(),
});

export const queueConsumerSchema = strictObject({
  id: nameSchema(),
  queue: nameSchema(),
  joinAtMs: timeMs().exactOptional().describe('absent: the consumer waits for a consumer.join'),
  maxMessages: integerIn(1, RECEIVE_MESSAGES_MAX)
    .default(1)
    .describe('messages taken per receive (SQS MaxNumberOfMessages, RabbitMQ prefetch)'),
  processingMsPerRecord: millisIn(0, COST_MS_MAX).default(1),
  // A positive backoff keeps an idle receive loop from spinning at one instant.
  pollBackoffMs: intervalMs().default(100).describe('wait after a receive that returned nothing'),
  failPercent: integerIn(0, 100, 'a whole percentage from 0 to 100')
    .default(0)
    .describe('share of deliveries whose processing fails and is negatively acknowledged'),
  ackMode: oneOf(ACK_MODES)
    .default('after-processing')
    .describe('on-receive acknowledges at delivery: at-most-once'),
});
