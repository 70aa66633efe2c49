// The topic part of a scenario file: partitions, replication and the log settings (segments,
// retention, compaction), named after Kafka's topic configs. Settings with a fixed Kafka default
// are filled in; the size-based ones have no record-counted equivalent of Kafka's byte default, so
// they stay absent (no limit). Checks that need the brokers live in topologyReferences.ts.

import { z } from 'zod';
import { integerIn, nameSchema, oneOf, strictObject } from './fieldSchemas.ts';
import {
  BROKERS_MAX,
  DURATION_MS_MAX,
  LOG_CONFIG_MS_MAX,
  PARTITIONS_MAX,
  PERIODIC_TASK_MS_MIN,
  RETENTION_RECORDS_MAX,
  SEGMENT_RECORDS_MAX,
} from './scenarioLimits.ts';

export const CLEANUP_POLICIES = ['delete', 'compact', 'compact,delete'] as const;

/** A time-based log setting, which may be far longer than the run (Kafka's defaults are). */
export function logConfigMs(min: number, note = '') {
  return integerIn(
    min,
    LOG_CONFIG_MS_MAX,
    `a whole number of milliseconds from ${min} to ${LOG_CONFIG_MS_MAX} (one year)${note}`,
  );
}

/** A broker task's period: at least 100 ms, so that no task runs every millisecond. */
export function periodMs() {
  return integerIn(
    PERIODIC_TASK_MS_MIN,
    DURATION_MS_MAX,
    `a whole number of milliseconds from ${PERIODIC_TASK_MS_MIN} to ${DURATION_MS_MAX}`,
  );
}

export const topicSchema = strictObject({
  name: nameSchema(),
  partitions: integerIn(1, PARTITIONS_MAX),
  // Slots for topic.alterPartitions to grow into; topicPartitionReferences.ts holds it >= partitions.
  maxPartitions: integerIn(1, PARTITIONS_MAX)
    .exactOptional()
    .describe(
      'most partitions a topic.alterPartitions intervention may grow the topic to; absent: partitions (it cannot grow)',
    ),
  // default.replication.factor is 1; the cross-checks hold it to the number of brokers.
  replicationFactor: integerIn(1, BROKERS_MAX)
    .default(1)
    .describe('replication.factor; at most the number of brokers'),
  minInsyncReplicas: integerIn(1, BROKERS_MAX)
    .default(1)
    .describe('min.insync.replicas, checked for acks=all; at most replicationFactor'),
  uncleanLeaderElection: z
    .boolean({ error: 'true or false' })
    .default(false)
    .describe('unclean.leader.election.enable'),
  // A broker setting in Kafka, kept per topic here; the ISR check runs every half of it.
  replicaLagTimeMaxMs: periodMs().default(30_000).describe('replica.lag.time.max.ms'),
  cleanupPolicy: oneOf(CLEANUP_POLICIES).default('delete').describe('cleanup.policy'),
  segmentRecords: integerIn(1, SEGMENT_RECORDS_MAX)
    .exactOptional()
    .describe('segment.bytes, counted in records; absent: segments roll by segmentMs only'),
  segmentMs: logConfigMs(1).default(604_800_000).describe('segment.ms; Kafka default 7 days'),
  // Kafka writes -1 for "keep for ever"; here that is leaving the field out.
  retentionMs: logConfigMs(0, '; leave it out to keep every record')
    .exactOptional()
    .describe('retention.ms; absent keeps every record (Kafka default 7 days, longer than a run)'),
  retentionRecords: integerIn(1, RETENTION_RECORDS_MAX)
    .exactOptional()
    .describe('retention.bytes, counted in records per partition; absent: no size limit'),
  deleteRetentionMs: logConfigMs(0)
    .default(86_400_000)
    .describe('delete.retention.ms: how long compaction keeps tombstones; Kafka default 1 day'),
});
