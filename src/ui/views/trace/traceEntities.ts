// Which entities a trace event is about: every id it names, for the entity text filter, and the
// one a click on its row should highlight. Events that name a bare node (a pause, an
// intervention's target) are resolved to a producer, consumer or broker by the world's ids.

import type { TraceEvent } from '../../../engine/index.ts';
import type { EntityKind, EntityRef } from '../highlightStore.ts';

/** Looks up what kind of entity an id names, or null for an unknown id. */
export type EntityKindOf = (id: string) => EntityKind | null;

/**
 * Every entity id the event names, lower-cased, for text matching.
 *
 * @example
 * eventEntityIds({ atMs: 1, type: 'batch.sent', producer: 'p1', partition: 'orders-0', count: 1, attempt: 1 });
 * // ['p1', 'orders-0']
 */
export function eventEntityIds(event: TraceEvent): string[] {
  const ids: string[] = [];
  const add = (value: unknown): void => {
    if (typeof value === 'string') ids.push(value.toLowerCase());
  };
  const e = event as unknown as Readonly<Record<string, unknown>>;
  for (const field of [
    'producer',
    'consumer',
    'partition',
    'broker',
    'group',
    'member',
    'leader',
    'node',
    'deadLetterPartition',
  ])
    add(e[field]);
  if (event.type === 'network.partitioned' || event.type === 'network.healed')
    event.between.forEach(add);
  if (event.type === 'intervention.applied') {
    add(event.command.target);
    if ('peer' in event.command) add(event.command.peer);
  }
  return ids;
}

/**
 * The entity a click on this event's row highlights: the actor of the event where there is one.
 *
 * @example
 * primaryEntity(offsetCommittedEvent, kindOf); // { kind: 'consumer', id: 'c1' }
 */
export function primaryEntity(event: TraceEvent, kindOf: EntityKindOf): EntityRef | null {
  const e = event as unknown as Readonly<Record<string, unknown>>;
  const named = (field: string, kind: EntityKind): EntityRef | null =>
    typeof e[field] === 'string' ? { kind, id: e[field] } : null;
  const byKind = (id: string): EntityRef | null => {
    const kind = kindOf(id);
    return kind === null ? null : { kind, id };
  };
  if (event.type === 'record.appended') return named('partition', 'partition');
  if (event.type === 'partition.leader.elected') return named('partition', 'partition');
  if (event.type === 'node.paused' || event.type === 'node.slowed') return byKind(event.node);
  if (event.type === 'intervention.applied') return byKind(event.command.target);
  return (
    named('consumer', 'consumer') ??
    named('producer', 'producer') ??
    named('broker', 'broker') ??
    named('group', 'group') ??
    named('partition', 'partition')
  );
}
