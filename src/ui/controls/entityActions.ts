// What a person can do to an entity, as commands for `sim.apply`. The views mark entities with
// `data-entity="consumer:c1"`; the fault panel and the context menu both ask this module which
// actions exist and which make sense in the entity's current state (a crashed consumer cannot
// crash again, a running producer cannot start).

import type { Intervention, WorldView } from '../../engine/index.ts';

export type EntityKind = 'consumer' | 'broker' | 'producer';

export interface EntityRef {
  readonly kind: EntityKind;
  readonly id: string;
}

export interface EntityAction {
  /** Short verb for a button next to the entity's name, e.g. "Crash". */
  readonly label: string;
  readonly command: Intervention;
  readonly enabled: boolean;
}

const KINDS: ReadonlySet<string> = new Set(['consumer', 'broker', 'producer']);

/**
 * Reads a `data-entity` value; kinds without actions (partitions, groups) give null.
 *
 * @example
 * parseEntityRef('consumer:c1'); // { kind: 'consumer', id: 'c1' }
 */
export function parseEntityRef(text: string | null | undefined): EntityRef | null {
  if (text === null || text === undefined) return null;
  const colon = text.indexOf(':');
  const kind = text.slice(0, colon);
  const id = text.slice(colon + 1);
  if (colon <= 0 || id === '' || !KINDS.has(kind)) return null;
  return { kind: kind as EntityKind, id };
}

/**
 * The actions for an entity in the current world; empty when the world has no such entity.
 *
 * @example
 * entityActions({ kind: 'broker', id: 'b1' }, world, 3); // Crash, Restart, Drop next 3 acks
 */
export function entityActions(
  ref: EntityRef,
  world: WorldView,
  dropAcksCount: number,
): EntityAction[] {
  const target = ref.id;
  if (ref.kind === 'consumer') {
    const status = world.consumers.find((consumer) => consumer.id === target)?.status;
    if (status === undefined) return [];
    const running = status === 'active' || status === 'joining';
    return [
      { label: 'Crash', command: { type: 'consumer.crash', target }, enabled: running },
      { label: 'Leave', command: { type: 'consumer.leave', target }, enabled: running },
      {
        label: 'Restart',
        command: { type: 'consumer.restart', target },
        enabled: status === 'crashed',
      },
      {
        label: 'Join',
        command: { type: 'consumer.join', target },
        enabled: status === 'idle' || status === 'left',
      },
    ];
  }
  if (ref.kind === 'broker') {
    const up = world.brokers.find((broker) => broker.id === target)?.up;
    if (up === undefined) return [];
    return [
      { label: 'Crash', command: { type: 'broker.crash', target }, enabled: up },
      { label: 'Restart', command: { type: 'broker.restart', target }, enabled: !up },
      {
        label: `Drop next ${dropAcksCount} acks`,
        command: { type: 'broker.dropAcks', target, count: dropAcksCount },
        enabled: up,
      },
    ];
  }
  const running = world.producers.find((producer) => producer.id === target)?.running;
  if (running === undefined) return [];
  return [
    { label: 'Stop', command: { type: 'producer.stop', target }, enabled: running },
    { label: 'Start', command: { type: 'producer.start', target }, enabled: !running },
  ];
}

/**
 * A command in words, for announcements and the branch list.
 *
 * @example
 * describeCommand({ type: 'broker.dropAcks', target: 'b2', count: 3 }); // "drop the next 3 acks of broker b2"
 */
export function describeCommand(command: Intervention): string {
  const [kind = '', verb = ''] = command.type.split('.');
  if (command.type === 'broker.dropAcks')
    return `drop the next ${command.count} acks of broker ${command.target}`;
  return `${verb} ${kind} ${command.target}`;
}
