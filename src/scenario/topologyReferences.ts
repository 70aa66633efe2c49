// Cross-checks between settings that Kafka itself refuses to combine: more replicas than brokers,
// min.insync.replicas above the replication factor, an idempotent producer without acks=all,
// records without a key on a compacted topic, and a dead-letter topic that is missing or feeds
// its own failures back to the consumer.

import type { ConsumerSpec, ProducerSpec, TopicSpec } from '../engine/index.ts';
import type { ScenarioIndex } from './crossReferenceIndex.ts';
import { missingTopicError, namesAllowed, quoted } from './referenceErrors.ts';
import type { ScenarioError } from './scenarioError.ts';
import type { ScenarioCore } from './scenarioSchemaV1.ts';

function checkReplication(topic: TopicSpec, path: string, brokers: number): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const replicationFactor = topic.replicationFactor ?? 1;
  // Kafka refuses to create the topic: "Replication factor: 3 larger than available brokers: 2".
  if (replicationFactor > brokers) {
    errors.push({
      path: `${path}.replicationFactor`,
      message: `is larger than the number of brokers in $.topology.brokers (${brokers}); each replica needs its own broker`,
      found: String(replicationFactor),
      allowed: `an integer from 1 to ${brokers}, the number of brokers`,
    });
  }
  const minInsync = topic.minInsyncReplicas ?? 1;
  if (minInsync > replicationFactor) {
    errors.push({
      path: `${path}.minInsyncReplicas`,
      message: `is larger than replicationFactor (${replicationFactor}), so no acks=all write could ever succeed`,
      found: String(minInsync),
      allowed: `an integer from 1 to replicationFactor (${replicationFactor})`,
    });
  }
  return errors;
}

/**
 * Kafka's producer refuses enable.idempotence=true with acks other than all. When idempotence is
 * only defaulted, Kafka quietly turns it off instead; the engine keeps it on, so the file must say
 * `idempotence: false` for the run to mean what Kafka would do.
 */
function checkAcks(producer: ProducerSpec, path: string): ScenarioError | undefined {
  const acks = producer.acks ?? 'all';
  if (acks === 'all' || producer.idempotence === false) return undefined;
  const idempotence =
    producer.idempotence === true
      ? 'idempotence is true'
      : 'idempotence is left out, so it defaults to true';
  return {
    path: `${path}.acks`,
    message: `is "${acks}", but ${idempotence}, and Kafka's enable.idempotence requires acks=all`,
    found: JSON.stringify(acks),
    allowed: `"all", or set idempotence: false in the same producer to use acks "${acks}"`,
  };
}

/** Kafka's broker rejects a record without a key on a compacted topic (InvalidRecordException). */
function checkCompactedKeys(producer: ProducerSpec, path: string, topic: TopicSpec | undefined) {
  if (topic === undefined || !(topic.cleanupPolicy ?? 'delete').includes('compact')) return [];
  const why = `topic ${quoted(topic.name)} is compacted (cleanupPolicy "${topic.cleanupPolicy ?? ''}") and Kafka rejects records without a key there`;
  const allowed = 'a key, since compaction keeps the latest record of each key';
  if (producer.rate.kind !== 'scripted') {
    if (producer.keys.kind !== 'null') return [];
    return [
      {
        path: `${path}.keys`,
        message: `makes records without a key, but ${why}`,
        found: '{"kind":"null"}',
        allowed: `a key model other than null: ${allowed}`,
      },
    ];
  }
  const errors: ScenarioError[] = [];
  producer.rate.records.forEach((record, r) => {
    if (record.key !== null) return;
    errors.push({
      path: `${path}.rate.records[${r}].key`,
      message: `is null, but ${why}`,
      found: 'null',
      allowed: `text: ${allowed}`,
    });
  });
  return errors;
}

function checkDeadLetters(
  member: ConsumerSpec,
  path: string,
  groupTopics: readonly string[],
  index: ScenarioIndex,
): ScenarioError | undefined {
  const topic = member.deadLetterTopic;
  if (topic === undefined) {
    if (member.onPoison !== 'dead-letter') return undefined;
    return {
      path: `${path}.deadLetterTopic`,
      message: 'is missing, but onPoison is "dead-letter"',
      found: 'nothing',
      allowed: namesAllowed('the topic that receives failed records, one of the topics', [
        ...index.partitions.keys(),
      ]),
    };
  }
  if (!index.partitions.has(topic))
    return missingTopicError(`${path}.deadLetterTopic`, topic, index);
  if (!groupTopics.includes(topic)) return undefined;
  // Dead letters keep their headers, so a poison record would fail again and again.
  return {
    path: `${path}.deadLetterTopic`,
    message:
      "is a topic the consumer's own group reads, so every dead letter would be read and fail again",
    found: quoted(topic),
    allowed: namesAllowed(
      'a topic the group does not read',
      [...index.partitions.keys()].filter((name) => !groupTopics.includes(name)),
    ),
  };
}

/** Errors in topic, producer and consumer settings that contradict each other. */
export function checkSettings(scenario: ScenarioCore, index: ScenarioIndex): ScenarioError[] {
  const { brokers, topics, producers, consumerGroups } = scenario.topology;
  const errors: ScenarioError[] = [];
  topics.forEach((topic, i) => {
    errors.push(...checkReplication(topic, `$.topology.topics[${i}]`, brokers.length));
  });
  producers.forEach((producer, i) => {
    const path = `$.topology.producers[${i}]`;
    const acksError = checkAcks(producer, path);
    if (acksError !== undefined) errors.push(acksError);
    const topic = topics.find((t) => t.name === producer.topic);
    errors.push(...checkCompactedKeys(producer, path, topic));
  });
  consumerGroups.forEach((group, g) => {
    group.members.forEach((member, m) => {
      const path = `$.topology.consumerGroups[${g}].members[${m}]`;
      const error = checkDeadLetters(member, path, group.topics, index);
      if (error !== undefined) errors.push(error);
    });
  });
  return errors;
}
