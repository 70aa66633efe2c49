// The configuration of an entity as the scenario set it, under Kafka's property names, with the
// default shown where the scenario left a property out. Pure: scenario model in, rows out.

import type {
  BrokerSpec,
  ConsumerGroupSpec,
  ConsumerSpec,
  ProducerSpec,
  ScenarioModel,
  TopicSpec,
} from '../../../engine/index.ts';
import type { EntityRef } from '../highlightStore.ts';
import { operatorConfig } from './operatorConfig.ts';
import { kafkaProperty, sandboxProperty, type PropertyRow } from './propertyRow.ts';

const ASSIGNOR_CLASSES: Readonly<Record<string, string>> = {
  range: 'RangeAssignor',
  roundrobin: 'RoundRobinAssignor',
  sticky: 'StickyAssignor',
  'cooperative-sticky': 'CooperativeStickyAssignor',
};

/**
 * The configuration rows of an entity, or an empty list when the scenario does not name it.
 *
 * @example
 * entityConfig(scenario, { kind: 'producer', id: 'p1' })[0]; // { name: 'acks', value: 'all', ... }
 */
export function entityConfig(scenario: ScenarioModel, entity: EntityRef): PropertyRow[] {
  const { topology } = scenario;
  switch (entity.kind) {
    case 'producer': {
      const producer = topology.producers.find((p) => p.id === entity.id);
      return producer === undefined ? [] : producerConfig(producer);
    }
    case 'consumer': {
      const group = topology.consumerGroups.find((g) => g.members.some((m) => m.id === entity.id));
      const member = group?.members.find((m) => m.id === entity.id);
      return group === undefined || member === undefined
        ? []
        : [...groupConfig(group), ...consumerConfig(member)];
    }
    case 'group': {
      const group = topology.consumerGroups.find((g) => g.id === entity.id);
      return group === undefined ? [] : groupConfig(group);
    }
    case 'partition': {
      const topic = topology.topics.find((t) => entity.id.startsWith(`${t.name}-`));
      return topic === undefined ? [] : topicConfig(topic);
    }
    case 'broker': {
      const broker = topology.brokers.find((b) => b.id === entity.id);
      return broker === undefined ? [] : brokerConfig(broker, scenario);
    }
    case 'operator':
      return operatorConfig(scenario, entity.id);
  }
}

function producerConfig(p: ProducerSpec): PropertyRow[] {
  return [
    kafkaProperty('acks', p.acks, 'all'),
    kafkaProperty('enable.idempotence', p.idempotence, 'true'),
    kafkaProperty('linger.ms', p.lingerMs, '5'),
    {
      ...kafkaProperty('batch.size', `${p.batchSizeRecords} records`, ''),
      name: 'batch.size (records here)',
    },
    kafkaProperty('retries', p.retries, '2147483647'),
    kafkaProperty('retry.backoff.ms', p.retryBackoffMs, '100'),
    kafkaProperty('request.timeout.ms', p.requestTimeoutMs, '30000'),
    kafkaProperty('metadata.max.age.ms', p.metadataMaxAgeMs, '300000'),
    kafkaProperty(
      'partitioner.class',
      p.partitioner === 'round-robin'
        ? 'RoundRobinPartitioner'
        : 'default (murmur2, sticky for null keys)',
      '',
    ),
    sandboxProperty('topic', p.topic),
    sandboxProperty('rate', describeRate(p)),
    sandboxProperty('keys', describeKeys(p)),
    sandboxProperty(
      'runs',
      p.stopAtMs === undefined ? `from ${p.startAtMs} ms` : `${p.startAtMs}–${p.stopAtMs} ms`,
    ),
  ];
}

function describeRate(p: ProducerSpec): string {
  const rate = p.rate;
  if (rate.kind === 'constant') return `one record every ${rate.intervalMs} ms`;
  if (rate.kind === 'poisson') return `Poisson, mean gap ${rate.meanIntervalMs} ms`;
  if (rate.kind === 'bursts')
    return `bursts: ${rate.onMs} ms on, ${rate.offMs} ms off, every ${rate.intervalMs} ms`;
  return `${rate.records.length} scripted records`;
}

function describeKeys(p: ProducerSpec): string {
  const keys = p.keys;
  if (keys.kind === 'null') return 'no keys';
  if (keys.kind === 'zipf') return `${keys.count} keys, Zipf s=${keys.exponent}`;
  if (keys.kind === 'hot') return `${keys.count} keys, one hot (${keys.hotSharePercent}%)`;
  return `${keys.count} keys, uniform`;
}

function groupConfig(g: ConsumerGroupSpec): PropertyRow[] {
  return [
    kafkaProperty('group.id', g.id, ''),
    kafkaProperty(
      'partition.assignment.strategy',
      `${g.assignor} (${ASSIGNOR_CLASSES[g.assignor] ?? g.assignor})`,
      '',
    ),
    kafkaProperty('session.timeout.ms', g.sessionTimeoutMs, '45000'),
    kafkaProperty('heartbeat.interval.ms', g.heartbeatIntervalMs, '3000'),
    kafkaProperty('max.poll.interval.ms', g.maxPollIntervalMs, '300000'),
    kafkaProperty('metadata.max.age.ms', g.metadataMaxAgeMs, '300000'),
    kafkaProperty('group.initial.rebalance.delay.ms', g.initialRebalanceDelayMs, '3000'),
    sandboxProperty('topics', g.topics.join(', ')),
  ];
}

function consumerConfig(c: ConsumerSpec): PropertyRow[] {
  const auto = c.commit.mode === 'auto' ? c.commit : null;
  return [
    kafkaProperty('group.instance.id', c.groupInstanceId, 'null (dynamic member)'),
    kafkaProperty('max.poll.records', c.maxPollRecords, '500'),
    kafkaProperty('enable.auto.commit', String(auto !== null), ''),
    ...(auto === null ? [] : [kafkaProperty('auto.commit.interval.ms', auto.intervalMs, '5000')]),
    kafkaProperty('auto.offset.reset', c.autoOffsetReset, 'latest'),
    sandboxProperty('commit', auto !== null ? 'auto' : `commitSync ${c.commit.mode}`),
    sandboxProperty('fetch round trip', `${c.fetchDelayMs} ms`),
    sandboxProperty('processing per record', `${c.processingMsPerRecord} ms`),
    sandboxProperty('poll backoff when empty', `${c.pollBackoffMs} ms`),
    sandboxProperty('on poison record', c.onPoison, 'retry-forever'),
    ...(c.deadLetterTopic === undefined
      ? []
      : [sandboxProperty('dead-letter topic', c.deadLetterTopic)]),
  ];
}

function topicConfig(t: TopicSpec): PropertyRow[] {
  return [
    sandboxProperty('topic', t.name),
    kafkaProperty('num.partitions', t.partitions, ''),
    kafkaProperty('replication.factor', t.replicationFactor, '1'),
    kafkaProperty('min.insync.replicas', t.minInsyncReplicas, '1'),
    kafkaProperty('unclean.leader.election.enable', t.uncleanLeaderElection, 'false'),
    kafkaProperty('replica.lag.time.max.ms', t.replicaLagTimeMaxMs, '30000'),
    kafkaProperty('cleanup.policy', t.cleanupPolicy, 'delete'),
    {
      ...kafkaProperty('segment.bytes', t.segmentRecords, 'no size roll'),
      name: 'segment.bytes (records here)',
    },
    kafkaProperty('segment.ms', t.segmentMs, '604800000'),
    kafkaProperty('retention.ms', t.retentionMs, 'keep all here (Kafka: 604800000)'),
    {
      ...kafkaProperty('retention.bytes', t.retentionRecords, '-1'),
      name: 'retention.bytes (records here)',
    },
    kafkaProperty('delete.retention.ms', t.deleteRetentionMs, '86400000'),
  ];
}

function brokerConfig(b: BrokerSpec, scenario: ScenarioModel): PropertyRow[] {
  const { topology } = scenario;
  return [
    kafkaProperty('broker.id', b.id, ''),
    kafkaProperty('broker.session.timeout.ms', topology.brokerSessionTimeoutMs, '9000'),
    kafkaProperty(
      'log.retention.check.interval.ms',
      topology.logRetentionCheckIntervalMs,
      '300000',
    ),
    kafkaProperty('log.cleaner.backoff.ms', topology.logCleanerBackoffMs, '15000'),
    sandboxProperty('network delay (one way)', `${b.networkDelayMs} ms`),
    sandboxProperty('network jitter (mean)', `${b.networkJitterMsMean} ms`),
  ];
}
