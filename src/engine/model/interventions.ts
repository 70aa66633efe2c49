// Timed commands: scheduled by a scenario's data, or applied live by a person from the sandbox.

/** A timed command: scheduled by a scenario, or applied live by a person. */
export type Intervention =
  | { readonly type: 'consumer.join'; readonly target: string }
  | { readonly type: 'consumer.leave'; readonly target: string }
  | {
      readonly type: 'consumer.crash';
      readonly target: string;
      /**
       * `now` (default) crashes at once; `before-commit` and `after-commit` crash at the consumer's
       * next offset commit, just before or just after it, which is where duplicates and losses come from.
       */
      readonly moment?: 'now' | 'before-commit' | 'after-commit';
    }
  | { readonly type: 'consumer.restart'; readonly target: string }
  | {
      readonly type: 'consumer.seek';
      readonly target: string;
      /** `"<topic>-<partition>"`; absent means every assigned partition. */
      readonly partition?: string;
      readonly toOffset?: number;
      readonly toTimestampMs?: number;
      readonly toBeginning?: boolean;
    }
  | { readonly type: 'broker.crash'; readonly target: string }
  | { readonly type: 'broker.restart'; readonly target: string }
  /** The next `count` produce responses from this broker are lost on the way back. */
  | { readonly type: 'broker.dropAcks'; readonly target: string; readonly count: number }
  /** Produce responses from this broker take `delayMs` longer from now on; 0 restores them. */
  | { readonly type: 'broker.delayAcks'; readonly target: string; readonly delayMs: number }
  | { readonly type: 'producer.stop'; readonly target: string }
  | { readonly type: 'producer.start'; readonly target: string }
  /** The producer process dies: records still in its batches are lost; `producer.start` revives it. */
  | { readonly type: 'producer.crash'; readonly target: string }
  /** The next record this producer creates is poison: processing it always fails. */
  | { readonly type: 'producer.poison'; readonly target: string }
  /** A stop-the-world pause (like a long GC) of a consumer, producer or broker. */
  | { readonly type: 'node.pause'; readonly target: string; readonly durationMs: number }
  /** Multiplies a consumer's processing and fetch time, or a broker's network delay; 1 restores. */
  | { readonly type: 'node.slow'; readonly target: string; readonly factor: number }
  /** Messages between the two named nodes are lost until `network.heal`. */
  | { readonly type: 'network.partition'; readonly target: string; readonly peer: string }
  | { readonly type: 'network.heal'; readonly target: string; readonly peer: string }
  /** A task of the stream job fails; it restarts from its last completed checkpoint. */
  | { readonly type: 'job.fail'; readonly target: string }
  /**
   * The producer sends one record now whose event time is `eventTimeMs`: a straggler when that
   * lies in the past. It is partitioned and batched like any other record of the producer.
   */
  | {
      readonly type: 'producer.lateRecord';
      readonly target: string;
      readonly key: string | null;
      readonly value: string;
      readonly eventTimeMs: number;
    }
  /** The producer's clock is `skewMs` off from now on, in place of its configured skew. */
  | { readonly type: 'producer.clockSkew'; readonly target: string; readonly skewMs: number }
  /**
   * For `durationMs` from now, a `share` (0 to 1, in steps of 0.001) of the producer's generated
   * records carry `key`; the rest keep their usual keys.
   */
  | {
      readonly type: 'producer.hotKeyBurst';
      readonly target: string;
      readonly key: string;
      readonly share: number;
      readonly durationMs: number;
    }
  /**
   * `kafka-topics --alter --partitions`: the topic (named by `target`) grows to `partitions`.
   * Kafka only ever adds partitions; keyed records re-map by murmur2 modulo the new count.
   */
  | {
      readonly type: 'topic.alterPartitions';
      readonly target: string;
      readonly partitions: number;
    };

export type TimedIntervention = Intervention & { readonly atMs: number };
