// Message queues with destructive consumption (in the style of Amazon SQS or RabbitMQ), with their
// producers and competing consumers, for the lessons that contrast a queue with a log.

import type { KeyModel, RateModel } from './kafkaSpecs.ts';

/** A message queue with destructive consumption, in the style of Amazon SQS or RabbitMQ. */
export interface QueueSpec {
  readonly name: string;
  /** Broker that hosts the queue. */
  readonly broker: string;
  /** SQS `VisibilityTimeout`: a delivery not acknowledged by then becomes visible again. Default 30000. */
  readonly visibilityTimeoutMs?: number;
  /** SQS `maxReceiveCount`: a message delivered this often goes to the dead-letter queue next. Default 5. */
  readonly maxDeliveries?: number;
  /** Queue that receives messages past `maxDeliveries`; absent means they are redelivered forever. */
  readonly deadLetterQueue?: string;
}

export interface QueueProducerSpec {
  readonly id: string;
  readonly queue: string;
  readonly rate: RateModel;
  readonly keys: KeyModel;
  readonly startAtMs: number;
  readonly stopAtMs?: number;
}

/** One of several competing consumers on a queue. */
export interface QueueConsumerSpec {
  readonly id: string;
  readonly queue: string;
  readonly joinAtMs?: number;
  /** Messages taken per receive (prefetch). Default 1. */
  readonly maxMessages?: number;
  /** Time to process one message, in ms (may be fractional). */
  readonly processingMsPerRecord: number;
  /** Wait after a receive that returned nothing. Default 100. */
  readonly pollBackoffMs?: number;
  /** Share of deliveries whose processing fails and is negatively acknowledged, in percent. Default 0. */
  readonly failPercent?: number;
  /** `after-processing` acknowledges when done; `on-receive` acknowledges at delivery (at-most-once). */
  readonly ackMode?: 'after-processing' | 'on-receive';
}
