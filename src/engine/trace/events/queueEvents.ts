// Trace events of message queues (SQS or RabbitMQ style): deliveries, acknowledgements,
// visibility timeouts and dead letters.

export type QueueEvent =
  | {
      readonly type: 'queue.enqueued';
      readonly queue: string;
      readonly message: number;
      readonly key: string | null;
      readonly value: string;
      readonly producer: string;
    }
  | {
      readonly type: 'queue.delivered';
      readonly queue: string;
      readonly message: number;
      readonly consumer: string;
      readonly delivery: number;
    }
  | {
      readonly type: 'queue.acked';
      readonly queue: string;
      readonly message: number;
      readonly consumer: string;
    }
  | {
      readonly type: 'queue.nacked';
      readonly queue: string;
      readonly message: number;
      readonly consumer: string;
    }
  | {
      readonly type: 'queue.ack.stale';
      readonly queue: string;
      readonly message: number;
      readonly consumer: string;
    }
  | {
      readonly type: 'queue.visibility.expired';
      readonly queue: string;
      readonly message: number;
      readonly consumer: string;
    }
  | {
      readonly type: 'queue.deadLettered';
      readonly queue: string;
      readonly message: number;
      readonly deadLetterQueue: string;
      readonly deliveries: number;
    }
  | { readonly type: 'queue.consumer.started'; readonly consumer: string; readonly queue: string }
  | { readonly type: 'queue.consumer.crashed'; readonly consumer: string };
