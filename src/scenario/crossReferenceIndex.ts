// An index of the names a parsed scenario declares, with the JSON path of each declaration, so
// that cross-reference checks can say both what is missing and what exists.

import type { ScenarioCore } from './scenarioSchemaV1.ts';

export type EntityKind =
  | 'broker'
  | 'producer'
  | 'consumer'
  | 'consumer group'
  | 'queue producer'
  | 'queue consumer'
  | 'stream job'
  | 'dataflow';

export interface Declaration {
  readonly kind: EntityKind;
  readonly path: string;
  /** For a consumer, the index of its group; -1 for the other kinds. */
  readonly groupIndex: number;
}

export interface ScenarioIndex {
  /** The first declaration of each id, across all kinds. */
  readonly ids: ReadonlyMap<string, Declaration>;
  /** Partition counts by topic name, counting the slots a topic may grow into (maxPartitions). */
  readonly partitions: ReadonlyMap<string, number>;
  /** The first declaration of each queue name, as its JSON path. */
  readonly queues: ReadonlyMap<string, string>;
  /** Operator ids of every dataflow, with the JSON path of the first declaration of each. */
  readonly operators: ReadonlyMap<string, string>;
  /** Declarations repeated after the first, as [id, declaration] pairs. */
  readonly duplicates: readonly (readonly [string, Declaration])[];
}

/** Lists every declared id with its kind and path, and every topic with its partition count. */
export function indexScenario(scenario: ScenarioCore): ScenarioIndex {
  const ids = new Map<string, Declaration>();
  const duplicates: [string, Declaration][] = [];
  const declare = (id: string, declaration: Declaration): void => {
    if (ids.has(id)) duplicates.push([id, declaration]);
    else ids.set(id, declaration);
  };
  const { brokers, producers, consumerGroups, topics } = scenario.topology;
  const {
    queueProducers = [],
    queueConsumers = [],
    streamJobs = [],
    dataflows = [],
  } = scenario.topology;
  brokers.forEach((broker, i) => {
    declare(broker.id, { kind: 'broker', path: `$.topology.brokers[${i}].id`, groupIndex: -1 });
  });
  producers.forEach((producer, i) => {
    declare(producer.id, {
      kind: 'producer',
      path: `$.topology.producers[${i}].id`,
      groupIndex: -1,
    });
  });
  consumerGroups.forEach((group, g) => {
    const groupPath = `$.topology.consumerGroups[${g}]`;
    declare(group.id, { kind: 'consumer group', path: `${groupPath}.id`, groupIndex: -1 });
    group.members.forEach((member, m) => {
      declare(member.id, {
        kind: 'consumer',
        path: `${groupPath}.members[${m}].id`,
        groupIndex: g,
      });
    });
  });
  const others = [
    ['queue producer', 'queueProducers', queueProducers],
    ['queue consumer', 'queueConsumers', queueConsumers],
    ['stream job', 'streamJobs', streamJobs],
    ['dataflow', 'dataflows', dataflows],
  ] as const;
  for (const [kind, key, entities] of others) {
    entities.forEach((entity: { readonly id: string }, i) => {
      declare(entity.id, { kind, path: `$.topology.${key}[${i}].id`, groupIndex: -1 });
    });
  }
  const partitions = new Map<string, number>();
  for (const topic of topics)
    partitions.set(topic.name, Math.max(topic.partitions, topic.maxPartitions ?? 0));
  const queues = new Map<string, string>();
  (scenario.topology.queues ?? []).forEach((queue, i) => {
    if (!queues.has(queue.name)) queues.set(queue.name, `$.topology.queues[${i}].name`);
  });
  const operators = new Map<string, string>();
  dataflows.forEach((dataflow, d) => {
    dataflow.operators.forEach((op, i) => {
      if (!operators.has(op.id))
        operators.set(op.id, `$.topology.dataflows[${d}].operators[${i}].id`);
    });
  });
  return { ids, partitions, queues, operators, duplicates };
}

/** The ids of one kind, for naming what is allowed in an error. */
export function idsOfKind(index: ScenarioIndex, kind: EntityKind): string[] {
  return [...index.ids].filter(([, declaration]) => declaration.kind === kind).map(([id]) => id);
}
