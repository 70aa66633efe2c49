// Checks that a name in the guided parts (a highlight, an assertion's group or job, a `where`
// value) names an entity of the topology, with an error that lists the names that do exist.

import { idsOfKind, type EntityKind, type ScenarioIndex } from '../crossReferenceIndex.ts';
import { namesAllowed, quoted } from '../referenceErrors.ts';
import type { ScenarioError } from '../scenarioError.ts';

/**
 * `node` is a broker, producer or consumer: what node.pause and node.slow events name. `job` is a
 * stream job or a dataflow, and `operator` an operator of any dataflow.
 */
export type ReferenceKind = EntityKind | 'partition' | 'node' | 'queue' | 'job' | 'operator';

const NODE_KINDS: readonly EntityKind[] = ['broker', 'producer', 'consumer'];
const JOB_KINDS: readonly EntityKind[] = ['stream job', 'dataflow'];

/** What a group of kinds is called in messages: the group's words, then its plural. */
const GROUP_WORDS = {
  node: ['broker, producer or consumer', 'brokers, producers or consumers'],
  job: ['stream job or dataflow', 'stream jobs or dataflows'],
} as const;

function partitionNames(index: ScenarioIndex): string[] {
  return [...index.partitions].map(([topic, count]) => `${topic}-0 to ${topic}-${count - 1}`);
}

function partitionExists(name: string, index: ScenarioIndex): boolean {
  const dash = name.lastIndexOf('-');
  const count = index.partitions.get(name.slice(0, Math.max(dash, 0)));
  const number = name.slice(dash + 1);
  return (
    dash > 0 && count !== undefined && /^(0|[1-9][0-9]*)$/.test(number) && Number(number) < count
  );
}

/** An error when `name` is not an entity of `kind`, or undefined when it is. */
export function checkEntity(
  kind: ReferenceKind,
  name: string,
  path: string,
  index: ScenarioIndex,
): ScenarioError | undefined {
  if (kind === 'partition') {
    if (partitionExists(name, index)) return undefined;
    return {
      path,
      message: 'names no partition',
      found: quoted(name),
      allowed: namesAllowed('"<topic>-<n>" for one of the partitions', partitionNames(index)),
    };
  }
  if (kind === 'queue' || kind === 'operator') {
    const names = kind === 'queue' ? index.queues : index.operators;
    if (names.has(name)) return undefined;
    return {
      path,
      message: `names no ${kind === 'queue' ? 'queue' : 'dataflow operator'}`,
      found: quoted(name),
      allowed: namesAllowed(
        kind === 'queue' ? 'one of the queues' : 'one of the dataflow operators',
        [...names.keys()],
      ),
    };
  }
  // Dataflows are named among the jobs only in files that declare some, as queue consumers are.
  const group = kind === 'job' && idsOfKind(index, 'dataflow').length === 0 ? 'stream job' : kind;
  const declaration = index.ids.get(name);
  const kinds = group === 'node' ? NODE_KINDS : group === 'job' ? JOB_KINDS : [group];
  if (declaration !== undefined && kinds.includes(declaration.kind)) return undefined;
  const [what, plural] =
    group === 'node' || group === 'job' ? GROUP_WORDS[group] : [group, `${group}s`];
  return {
    path,
    message:
      declaration === undefined ? `names no ${what}` : `names a ${declaration.kind}, not a ${what}`,
    found: quoted(name),
    allowed: namesAllowed(
      `one of the ${plural}`,
      kinds.flatMap((k) => idsOfKind(index, k)),
    ),
  };
}

/** Errors for values repeated within one list, each at the path of the repeat. */
export function duplicateErrors(
  values: readonly string[],
  pathOf: (i: number) => string,
  what: string,
): ScenarioError[] {
  const seen = new Set<string>();
  const errors: ScenarioError[] = [];
  values.forEach((value, i) => {
    if (seen.has(value)) {
      errors.push({
        path: pathOf(i),
        message: `repeats an earlier ${what}`,
        found: quoted(value),
        allowed: `a ${what} not used before in this list`,
      });
    }
    seen.add(value);
  });
  return errors;
}

/** Errors for ids repeated within one list, such as narration step ids. */
export function duplicateIdErrors(
  items: readonly { readonly id: string }[],
  pathOf: (i: number) => string,
  what: string,
): ScenarioError[] {
  return duplicateErrors(
    items.map((item) => item.id),
    (i) => `${pathOf(i)}.id`,
    `${what} id`,
  );
}
