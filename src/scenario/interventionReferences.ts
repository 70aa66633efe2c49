// Cross-reference checks for interventions: each one happens within the run, targets an entity of
// a kind its type can act on, a network fault names two different nodes, and a seek names a
// partition its consumer's group actually reads. The engine routes consumer.join, leave, crash
// and restart to queue consumers too; a queue has no offsets, so consumer.seek does not. job.fail
// fails a stream job or a dataflow, which restarts from its last completed checkpoint. The
// producer and topic commands have their own checks (producerInterventionReferences.ts and
// topicPartitionReferences.ts); a topic.alterPartitions names a topic, which is not an entity.

import type { TimedIntervention } from '../engine/index.ts';
import { idsOfKind, type EntityKind, type ScenarioIndex } from './crossReferenceIndex.ts';
import { afterEndError, namesAllowed, quoted } from './referenceErrors.ts';
import type { ScenarioError } from './scenarioError.ts';
import type { ScenarioCore } from './scenarioSchemaV1.ts';
import { checkProducerCommands } from './producerInterventionReferences.ts';
import { checkAlterPartitions } from './topicPartitionReferences.ts';

type InterventionType = TimedIntervention['type'];
type Seek = TimedIntervention & { type: 'consumer.seek' };
type Crash = TimedIntervention & { type: 'consumer.crash' };
type Link = TimedIntervention & { type: 'network.partition' | 'network.heal' };

const PARTITION_NUMBER = /^(0|[1-9][0-9]*)$/;

const NODE_KINDS = ['broker', 'producer', 'consumer'] as const;
const ANY_CONSUMER = ['consumer', 'queue consumer'] as const;

/** The kinds of entity each intervention may target; a network fault's `peer` takes the same. */
const TARGET_KINDS: Readonly<Record<InterventionType, readonly EntityKind[]>> = {
  'consumer.join': ANY_CONSUMER,
  'consumer.leave': ANY_CONSUMER,
  'consumer.crash': ANY_CONSUMER,
  'consumer.restart': ANY_CONSUMER,
  'consumer.seek': ['consumer'],
  'producer.stop': ['producer'],
  'producer.start': ['producer'],
  'producer.crash': ['producer'],
  'producer.poison': ['producer'],
  'broker.crash': ['broker'],
  'broker.restart': ['broker'],
  'broker.dropAcks': ['broker'],
  'broker.delayAcks': ['broker'],
  'node.pause': NODE_KINDS,
  // The engine slows a consumer's processing and fetches, or the links to a broker.
  'node.slow': ['broker', 'consumer'],
  'network.partition': NODE_KINDS,
  'network.heal': NODE_KINDS,
  'job.fail': ['stream job', 'dataflow'],
  'producer.lateRecord': ['producer'],
  'producer.clockSkew': ['producer'],
  'producer.hotKeyBurst': ['producer'],
  // Checked against the topics in topicPartitionReferences.ts.
  'topic.alterPartitions': [],
};

/** Why an intervention cannot act on a kind it does not list, where a reason helps. */
function whyNot(type: InterventionType, kind: EntityKind): string {
  if (type === 'consumer.seek' && kind === 'queue consumer') {
    return ': a queue keeps no offsets to seek to, and an acknowledged message is gone';
  }
  return '';
}

/** "consumer", "broker or consumer", "broker, producer or consumer". */
function kindsText(kinds: readonly string[]): string {
  const last = kinds.at(-1) ?? '';
  return kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} or ${last}` : last;
}

/** An error when `name` (at `path`) is not an entity `type` can act on, or undefined. */
function checkNode(
  type: InterventionType,
  name: string,
  path: string,
  index: ScenarioIndex,
): ScenarioError | undefined {
  const declaration = index.ids.get(name);
  if (declaration !== undefined && TARGET_KINDS[type].includes(declaration.kind)) return undefined;
  // Name the optional kinds (queue consumers, dataflows) only in files that declare some.
  const kinds = TARGET_KINDS[type].filter(
    (kind) =>
      (kind !== 'queue consumer' && kind !== 'dataflow') || idsOfKind(index, kind).length > 0,
  );
  return {
    path,
    message:
      declaration === undefined
        ? `names no ${kindsText(kinds)}`
        : `names a ${declaration.kind}, but ${type} needs a ${kindsText(kinds)}${whyNot(type, declaration.kind)}`,
    found: quoted(name),
    allowed: namesAllowed(
      `one of the ${kindsText(kinds.map((kind) => `${kind}s`))}`,
      kinds.flatMap((kind) => idsOfKind(index, kind)),
    ),
  };
}

/**
 * A network fault acts on the link between two different nodes. Clients talk only to brokers, so
 * a link between two clients carries nothing and cutting it would silently change nothing.
 */
function checkLink(link: Link, path: string, index: ScenarioIndex): ScenarioError | undefined {
  if (link.peer === link.target) {
    return {
      path: `${path}.peer`,
      message: 'is the same node as target',
      found: quoted(link.peer),
      allowed: `a broker, producer or consumer other than target (${quoted(link.target)})`,
    };
  }
  const targetKind = index.ids.get(link.target)?.kind;
  const peerKind = index.ids.get(link.peer)?.kind;
  if (targetKind === 'broker' || peerKind === 'broker') return undefined;
  return {
    path: `${path}.peer`,
    message: `names a ${peerKind ?? 'client'} while target is a ${targetKind ?? 'client'}: clients only talk to brokers, so ${link.type} between two clients changes nothing`,
    found: quoted(link.peer),
    allowed: namesAllowed('one of the brokers', idsOfKind(index, 'broker')),
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

/** A queue consumer commits no offsets, so it can only crash now. */
function checkCrashMoment(
  crash: Crash,
  path: string,
  index: ScenarioIndex,
): ScenarioError | undefined {
  const moment = crash.moment ?? 'now';
  if (moment === 'now' || index.ids.get(crash.target)?.kind !== 'queue consumer') return undefined;
  return {
    path: `${path}.moment`,
    message: `is "${moment}", but ${quoted(crash.target)} is a queue consumer, which commits no offsets`,
    found: JSON.stringify(moment),
    allowed: '"now", or leave moment out, for a queue consumer',
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
    if (intervention.type === 'topic.alterPartitions') return;
    const targetError = checkNode(intervention.type, intervention.target, `${path}.target`, index);
    if (targetError !== undefined) errors.push(targetError);
    else errors.push(...checkProducerCommands(intervention, path, scenario));
    if (intervention.type === 'network.partition' || intervention.type === 'network.heal') {
      const peerError =
        checkNode(intervention.type, intervention.peer, `${path}.peer`, index) ??
        (targetError === undefined ? checkLink(intervention, path, index) : undefined);
      if (peerError !== undefined) errors.push(peerError);
    }
    if (intervention.type === 'consumer.crash' && targetError === undefined) {
      const momentError = checkCrashMoment(intervention, path, index);
      if (momentError !== undefined) errors.push(momentError);
    }
    if (intervention.type !== 'consumer.seek') return;
    const seekErrors = [
      checkSeekDestination(intervention, path),
      targetError === undefined
        ? checkSeekPartition(intervention, path, scenario, index)
        : undefined,
    ];
    for (const error of seekErrors) if (error !== undefined) errors.push(error);
  });
  errors.push(...checkAlterPartitions(scenario));
  return errors;
}
