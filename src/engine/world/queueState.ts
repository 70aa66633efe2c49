// The state of the message-queue model (queues, their producers and consumers), for the lessons
// that contrast a queue with a log. Part of MutableState (worldTypes.ts).

import type { RngState } from '../core/prng.ts';

export const MessageState = {
  inTransit: 0,
  ready: 1,
  inFlight: 2,
  acked: 3,
  deadLettered: 4,
} as const;

export interface QueueMessage {
  readonly id: number;
  readonly key: string | null;
  readonly value: string;
  readonly producer: string;
  state: number;
  deliveries: number;
  /** Consumer index holding the current delivery, or -1. */
  consumer: number;
}

export interface QueueState {
  messages: QueueMessage[];
  /** Ids of ready messages in delivery order. */
  ready: number[];
}

export interface QueueProducerState {
  running: boolean;
  epoch: number;
  rng: RngState;
  created: number;
  carryUs: number;
}

export interface QueueConsumerState {
  status: 'idle' | 'active' | 'crashed';
  epoch: number;
  rng: RngState;
  /** Message ids received and being processed, with the delivery number each was received at. */
  inHand: { id: number; delivery: number }[];
  processedCount: number;
  carryUs: number;
}
