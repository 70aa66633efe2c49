// Checks for topics that grow. `maxPartitions` is at least `partitions`, and only a topic that no
// stream job or dataflow reads may grow, since those read a fixed set of partitions (the simulator
// has no partition discovery). Each topic.alterPartitions, taken in time order, names a topic and
// raises its count to at most `maxPartitions`: Kafka only ever adds partitions.

import type { TimedIntervention } from '../engine/index.ts';
import { namesAllowed, quoted } from './referenceErrors.ts';
import type { ScenarioError } from './scenarioError.ts';
import type { ScenarioCore } from './scenarioSchemaV1.ts';
import { PARTITIONS_MAX } from './scenarioLimits.ts';

type Alter = TimedIntervention & { type: 'topic.alterPartitions' };

/** The stream job or dataflow that reads `topic`, as "stream job j1", or undefined. */
function readerOf(scenario: ScenarioCore, topic: string): string | undefined {
  const job = (scenario.topology.streamJobs ?? []).find((j) => j.sourceTopic === topic);
  if (job !== undefined) return `stream job ${quoted(job.id)}`;
  const dataflow = (scenario.topology.dataflows ?? []).find((d) =>
    d.operators.some(
      (op) =>
        (op.kind === 'source' && op.topic === topic) ||
        (op.kind === 'tableJoin' && op.tableTopic === topic),
    ),
  );
  return dataflow === undefined ? undefined : `dataflow ${quoted(dataflow.id)}`;
}

/** Errors in the `maxPartitions` of the topics. */
export function checkMaxPartitions(scenario: ScenarioCore): ScenarioError[] {
  const errors: ScenarioError[] = [];
  scenario.topology.topics.forEach((topic, i) => {
    const max = topic.maxPartitions;
    if (max === undefined) return;
    const path = `$.topology.topics[${i}].maxPartitions`;
    if (max < topic.partitions) {
      errors.push({
        path,
        message: `is below partitions (${topic.partitions}), and a topic never has fewer partitions than it was created with`,
        found: String(max),
        allowed: `an integer from partitions (${topic.partitions}) to ${PARTITIONS_MAX}`,
      });
      return;
    }
    const reader = readerOf(scenario, topic.name);
    if (max === topic.partitions || reader === undefined) return;
    errors.push({
      path,
      message: `lets the topic grow, but ${reader} reads it, and stream jobs and dataflows here read the partitions a topic starts with (no partition discovery)`,
      found: String(max),
      allowed: `partitions (${topic.partitions}), or leave maxPartitions out, for a topic a stream job or dataflow reads`,
    });
  });
  return errors;
}

function countProblem(alter: Alter, current: number, max: number): string | undefined {
  if (alter.partitions <= current) {
    return `would not add partitions: ${quoted(alter.target)} has ${current} by then, and Kafka can only increase a topic's partitions (kafka-topics --alter refuses to decrease them, since records and keys would be stranded)`;
  }
  if (alter.partitions > max)
    return `is more than maxPartitions of ${quoted(alter.target)} (${max})`;
  return undefined;
}

function allowedCounts(topicIndex: number, current: number, max: number): string {
  if (current >= max) {
    return `none: the topic already has its maxPartitions (${max}); raise $.topology.topics[${topicIndex}].maxPartitions to let it grow`;
  }
  return `an integer from ${current + 1} to ${max} (maxPartitions)`;
}

/** Errors in the topic.alterPartitions commands, replayed in time order over the topics. */
export function checkAlterPartitions(scenario: ScenarioCore): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const { topics } = scenario.topology;
  const counts = new Map(topics.map((t) => [t.name, t.partitions]));
  const ordered = scenario.interventions
    .map((command, i) => ({ command, i }))
    .sort((a, b) => a.command.atMs - b.command.atMs || a.i - b.i);
  for (const { command, i } of ordered) {
    if (command.type !== 'topic.alterPartitions') continue;
    const path = `$.interventions[${i}]`;
    const topicIndex = topics.findIndex((t) => t.name === command.target);
    const topic = topics[topicIndex];
    if (topic === undefined) {
      errors.push({
        path: `${path}.target`,
        message: 'names no topic',
        found: quoted(command.target),
        allowed: namesAllowed(
          'one of the topics',
          topics.map((t) => t.name),
        ),
      });
      continue;
    }
    const current = counts.get(topic.name) ?? topic.partitions;
    const max = Math.max(topic.partitions, topic.maxPartitions ?? 0);
    const problem = countProblem(command, current, max);
    if (problem === undefined) counts.set(topic.name, command.partitions);
    else {
      errors.push({
        path: `${path}.partitions`,
        message: problem,
        found: String(command.partitions),
        allowed: allowedCounts(topicIndex, current, max),
      });
    }
  }
  return errors;
}
