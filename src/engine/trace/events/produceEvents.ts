// Trace events of Kafka producers: records, batches and their acknowledgements, the producer's
// life, the live data interventions, and its metadata.

export type ProduceEvent =
  | {
      readonly type: 'batch.sent';
      readonly producer: string;
      readonly partition: string;
      readonly count: number;
      readonly attempt: number;
    }
  | {
      readonly type: 'record.appended';
      readonly partition: string;
      readonly offset: number;
      readonly key: string | null;
      /** Null is a tombstone. */
      readonly value: string | null;
      readonly producer: string;
      readonly eventTimeMs: number;
      readonly producedAtMs: number;
      /** Present only when the record has headers. */
      readonly headers?: Readonly<Record<string, string>>;
    }
  | {
      readonly type: 'batch.acked';
      readonly producer: string;
      readonly partition: string;
      readonly baseOffset: number;
      readonly count: number;
    }
  | {
      readonly type: 'batch.failed';
      readonly producer: string;
      readonly partition: string;
      readonly count: number;
      readonly reason: string;
      readonly willRetry: boolean;
    }
  | {
      readonly type: 'batch.duplicate';
      readonly producer: string;
      readonly partition: string;
      readonly baseOffset: number;
      readonly count: number;
    }
  | {
      readonly type: 'produce.response.dropped';
      readonly producer: string;
      readonly partition: string;
      readonly broker: string;
    }
  | { readonly type: 'producer.crashed'; readonly producer: string; readonly lostRecords: number }
  | { readonly type: 'producer.started'; readonly producer: string }
  | { readonly type: 'producer.stopped'; readonly producer: string }
  | {
      /** A record a person injected through the producer, with an event time they chose. */
      readonly type: 'producer.record.injected';
      readonly producer: string;
      readonly partition: string;
      readonly key: string | null;
      readonly eventTimeMs: number;
    }
  | {
      readonly type: 'producer.clock.skewed';
      readonly producer: string;
      readonly fromSkewMs: number;
      readonly skewMs: number;
    }
  | {
      readonly type: 'producer.burst.started';
      readonly producer: string;
      readonly key: string;
      readonly share: number;
      readonly untilMs: number;
    }
  | { readonly type: 'producer.burst.ended'; readonly producer: string; readonly key: string }
  | {
      /** The producer's metadata refresh found its topic with `to` partitions instead of `from`. */
      readonly type: 'producer.metadata.updated';
      readonly producer: string;
      readonly topic: string;
      readonly from: number;
      readonly to: number;
    };
