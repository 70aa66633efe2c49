// Cross-reference checks for interventions: each one happens within the run, targets an entity of
// the kind its type needs, and a seek names a partition its consumer's group actually reads.

import type { TimedIntervention } from '../engine/index.ts';
import { idsOfKind, type EntityKind, type ScenarioIndex } from './crossReferenceIndex.ts';
import { afterEndError, namesAllowed, quoted } from './referenceErrors.ts';
import type { ScenarioError } from './scenarioError.ts';
import type { ScenarioCore } from './scenarioSchemaV1.ts';

type Seek = TimedIntervention & { type: 'consumer.seek' };

const PARTITION_NUMBER = /^(0|[1-9][0-9]*)$/;

function checkTarget(intervention: TimedIntervention, path: string, index: ScenarioIndex) {
  const kind: EntityKind = intervention.type.startsWith('consumer.') ? 'consumer' : 'producer';
  const declaration = index.ids.get(intervention.target);
  if (declaration?.kind === kind) return undefined;
  const message =
    declaration === undefined
      ? `names no ${kind}`
      : `names a ${declaration.kind}, but ${intervention.type} needs a ${kind}`;
  return {
    path: `${path}.target`,
    message,
    found: quoted(intervention.target),
    allowed: namesAllowed(`one of the ${kind}s`, idsOfKind(index, kind)),
  };
}

/** Why a `"<topic>-<n>"` name is not one of the given topics' partitions, or undefined if it is. */
function partitionProblem(partition: string, topics: readonly string[], index: ScenarioIndex) {
  const dash = partition.lastIndexOf('-');
  const topic = partition.slice(0, Math.max(dash, 0));
  const numberText = partition.slice(dash + 1);
  const count = index.partitions.get(topic);
  if (dash <= 0 || count === undefined || !PARTITION_NUMBER.test(numberText)) {
    return 'names no partition';
  }
  if (Number(numberText) >= count) return `is past the last partition of ${topic}`;
  if (!topics.includes(topic)) return `is in a topic the consumer's group does not read`;
  return undefined;
}

function checkSeekPartition(
  seek: Seek,
  path: string,
  scenario: ScenarioCore,
  index: ScenarioIndex,
) {
  const groupIndex = index.ids.get(seek.target)?.groupIndex ?? -1;
  const topics = scenario.topology.consumerGroups[groupIndex]?.topics ?? [];
  if (seek.partition === undefined) return undefined;
  const problem = partitionProblem(seek.partition, topics, index);
  if (problem === undefined) return undefined;
  const ranges = topics.map(
    (topic) => `${topic}-0 to ${topic}-${(index.partitions.get(topic) ?? 1) - 1}`,
  );
  return {
    path: `${path}.partition`,
    message: problem,
    found: quoted(seek.partition),
    allowed: namesAllowed(`"<topic>-<n>" for a partition the group reads`, ranges),
  };
}

function checkSeekDestination(seek: Seek, path: string): ScenarioError | undefined {
  const given = [
    seek.toOffset === undefined ? undefined : 'toOffset',
    seek.toTimestampMs === undefined ? undefined : 'toTimestampMs',
    seek.toBeginning === true ? 'toBeginning' : undefined,
  ].filter((name) => name !== undefined);
  if (given.length === 1) return undefined;
  return {
    path,
    message: given.length === 0 ? 'does not say where to seek' : 'says more than one place to seek',
    found: given.length === 0 ? 'none of them' : given.join(' and '),
    allowed: 'exactly one of toOffset, toTimestampMs or toBeginning: true',
  };
}

/** Errors in the interventions of a scenario whose topology is already indexed. */
export function checkInterventions(scenario: ScenarioCore, index: ScenarioIndex): ScenarioError[] {
  const errors: ScenarioError[] = [];
  scenario.interventions.forEach((intervention, i) => {
    const path = `$.interventions[${i}]`;
    if (intervention.atMs > scenario.durationMs) {
      errors.push(afterEndError(`${path}.atMs`, intervention.atMs, scenario.durationMs));
    }
    const targetError = checkTarget(intervention, path, index);
    if (targetError !== undefined) errors.push(targetError);
    if (intervention.type !== 'consumer.seek') return;
    const seekErrors = [
      checkSeekDestination(intervention, path),
      targetError === undefined
        ? checkSeekPartition(intervention, path, scenario, index)
        : undefined,
    ];
    for (const error of seekErrors) if (error !== undefined) errors.push(error);
  });
  return errors;
}
