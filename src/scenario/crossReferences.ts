// The checks that need the whole scenario: ids are unique, every name refers to something that
// exists, times fall inside the run, and group timeouts and Kafka settings make sense together.
// Queues, stream jobs and event time have their own files. It runs on output that already passed
// the schema, so every field has its type here.

import { indexScenario, type ScenarioIndex } from './crossReferenceIndex.ts';
import { checkDataflows } from './dataflowReferences.ts';
import { checkEventTime } from './eventTimeReferences.ts';
import { checkInterventions } from './interventionReferences.ts';
import { checkQueues } from './queueReferences.ts';
import { afterEndError, missingTopicError, quoted, stopBeforeStart } from './referenceErrors.ts';
import type { ScenarioError } from './scenarioError.ts';
import type { ScenarioCore } from './scenarioSchemaV1.ts';
import { checkStreamJobs } from './streamJobReferences.ts';
import { checkSettings } from './topologyReferences.ts';
import { checkMaxPartitions } from './topicPartitionReferences.ts';

function checkUniqueNames(scenario: ScenarioCore, index: ScenarioIndex): ScenarioError[] {
  const errors: ScenarioError[] = index.duplicates.map(([id, declaration]) => ({
    path: declaration.path,
    message: `repeats the id of ${index.ids.get(id)?.path ?? 'another entity'}`,
    found: quoted(id),
    allowed:
      'an id no other broker, producer, consumer, group, dataflow, queue producer, queue consumer or stream job uses',
  }));
  const topicNames = new Set<string>();
  scenario.topology.topics.forEach((topic, i) => {
    if (topicNames.has(topic.name)) {
      errors.push({
        path: `$.topology.topics[${i}].name`,
        message: 'repeats the name of an earlier topic',
        found: quoted(topic.name),
        allowed: 'a topic name not used by another topic',
      });
    }
    topicNames.add(topic.name);
  });
  // Queues and topics share one namespace: both are destinations named in the same fields' style.
  const queueNames = new Set<string>();
  (scenario.topology.queues ?? []).forEach((queue, i) => {
    const clash = topicNames.has(queue.name)
      ? 'a topic'
      : queueNames.has(queue.name)
        ? 'an earlier queue'
        : '';
    if (clash !== '') {
      errors.push({
        path: `$.topology.queues[${i}].name`,
        message: `repeats the name of ${clash}`,
        found: quoted(queue.name),
        allowed: 'a name no topic and no other queue uses',
      });
    }
    queueNames.add(queue.name);
  });
  const modules = new Set<string>();
  scenario.modules.forEach((module, i) => {
    if (modules.has(module)) {
      errors.push({
        path: `$.modules[${i}]`,
        message: 'repeats a module id',
        found: quoted(module),
      });
    }
    modules.add(module);
  });
  return errors;
}

function checkProducers(scenario: ScenarioCore, index: ScenarioIndex): ScenarioError[] {
  const errors: ScenarioError[] = [];
  scenario.topology.producers.forEach((producer, i) => {
    const path = `$.topology.producers[${i}]`;
    if (!index.partitions.has(producer.topic)) {
      errors.push(missingTopicError(`${path}.topic`, producer.topic, index));
    }
    errors.push(...stopBeforeStart(producer, path, scenario.durationMs));
    if (producer.rate.kind !== 'scripted') return;
    producer.rate.records.forEach((record, r) => {
      if (record.atMs > scenario.durationMs) {
        errors.push(
          afterEndError(`${path}.rate.records[${r}].atMs`, record.atMs, scenario.durationMs),
        );
      }
    });
  });
  return errors;
}

function checkGroups(scenario: ScenarioCore, index: ScenarioIndex): ScenarioError[] {
  const errors: ScenarioError[] = [];
  scenario.topology.consumerGroups.forEach((group, g) => {
    const path = `$.topology.consumerGroups[${g}]`;
    group.topics.forEach((topic, t) => {
      if (!index.partitions.has(topic))
        errors.push(missingTopicError(`${path}.topics[${t}]`, topic, index));
    });
    // Kafka's client refuses a heartbeat interval that is not below the session timeout.
    if (group.heartbeatIntervalMs >= group.sessionTimeoutMs) {
      errors.push({
        path: `${path}.heartbeatIntervalMs`,
        message: 'is not below sessionTimeoutMs',
        found: String(group.heartbeatIntervalMs),
        allowed: `less than sessionTimeoutMs (${group.sessionTimeoutMs}); a third of it is usual`,
      });
    }
    const instanceIds = new Set<string>();
    group.members.forEach((member, m) => {
      const instanceId = member.groupInstanceId;
      if (instanceId !== undefined && instanceIds.has(instanceId)) {
        errors.push({
          path: `${path}.members[${m}].groupInstanceId`,
          message: 'repeats the group.instance.id of another member of the group',
          found: quoted(instanceId),
          allowed: 'a group.instance.id unique within the group',
        });
      }
      if (instanceId !== undefined) instanceIds.add(instanceId);
    });
  });
  return errors;
}

/** Every cross-reference error in a scenario that already passed the schema. */
export function checkCrossReferences(scenario: ScenarioCore): ScenarioError[] {
  const index = indexScenario(scenario);
  return [
    ...checkUniqueNames(scenario, index),
    ...checkProducers(scenario, index),
    ...checkGroups(scenario, index),
    ...checkEventTime(scenario),
    ...checkSettings(scenario, index),
    ...checkMaxPartitions(scenario),
    ...checkQueues(scenario, index),
    ...checkStreamJobs(scenario, index),
    ...checkDataflows(scenario, index),
    ...checkInterventions(scenario, index),
  ];
}
