// The validated, plain-data description of a world that the engine simulates. The scenario layer
// (src/scenario) parses untrusted JSON into this shape; the engine trusts it and never sees JSON.
// Durations are milliseconds. A few per-record costs may be fractional; the engine converts those
// to integer microseconds once, so that no float ever accumulates into simulated time.

import type { DataflowSpec } from './dataflowModel.ts';
import type { TimedIntervention } from './interventions.ts';
import type { BrokerSpec, ConsumerGroupSpec, ProducerSpec, TopicSpec } from './kafkaSpecs.ts';
import type { QueueConsumerSpec, QueueProducerSpec, QueueSpec } from './queueSpecs.ts';
import type { StreamJobSpec } from './streamJobSpec.ts';

export interface Topology {
  /**
   * KRaft's `broker.session.timeout.ms`: how long after a broker crashes the controller notices
   * and moves its leaderships. Default 9000.
   */
  readonly brokerSessionTimeoutMs?: number;
  /** `log.retention.check.interval.ms`. Default 300000. */
  readonly logRetentionCheckIntervalMs?: number;
  /** `log.cleaner.backoff.ms`: how often the cleaner looks for work. Default 15000. */
  readonly logCleanerBackoffMs?: number;
  readonly brokers: readonly BrokerSpec[];
  readonly topics: readonly TopicSpec[];
  readonly producers: readonly ProducerSpec[];
  readonly consumerGroups: readonly ConsumerGroupSpec[];
  readonly queues?: readonly QueueSpec[];
  readonly queueProducers?: readonly QueueProducerSpec[];
  readonly queueConsumers?: readonly QueueConsumerSpec[];
  readonly streamJobs?: readonly StreamJobSpec[];
  /** Processing dataflows: DAGs of operators (see dataflowModel.ts). */
  readonly dataflows?: readonly DataflowSpec[];
}

/** The part of a scenario the engine runs. */
export interface ScenarioModel {
  readonly id: string;
  readonly seed: number;
  readonly durationMs: number;
  readonly topology: Topology;
  readonly interventions: readonly TimedIntervention[];
}
