// What a person can do to an entity, as commands for `sim.apply`. The views mark entities with
// `data-entity="consumer:c1"`; the fault panel and the context menu both ask this module which
// actions exist and which make sense in the entity's current state (a crashed consumer cannot
// crash again, a running producer cannot start). It offers every fault the engine's intervention
// union has for the entity's kind: group and queue consumers, brokers, producers (with the data
// commands of producerDataActions.ts), stream jobs and topics (topicActions.ts).

import type { Intervention, WorldView } from '../../engine/index.ts';
import { describeDataCommand, producerDataActions } from './producerDataActions.ts';
import { topicActions } from './topicActions.ts';

export type EntityKind = 'consumer' | 'broker' | 'producer' | 'job' | 'topic';

export interface EntityRef {
  readonly kind: EntityKind;
  readonly id: string;
}

export interface EntityAction {
  /** Short verb for a button next to the entity's name, e.g. "Crash". */
  readonly label: string;
  readonly command: Intervention;
  readonly enabled: boolean;
  /** Why the action is off, when the entity's state alone does not say it. */
  readonly reason?: string;
}

/** The numbers the fault panel's fields set for the actions that take one. */
export interface FaultSettings {
  readonly dropAcks: number;
  /** Length of a stop-the-world pause (node.pause), in ms. */
  readonly pauseMs: number;
  /** What node.slow multiplies processing, fetch or network time by. */
  readonly slowFactor: number;
  /** Key and value of an injected late record. */
  readonly lateKey: string;
  readonly lateValue: string;
  /** How far before now the late record's event time lies, in ms. */
  readonly lateByMs: number;
  /** The clock skew producer.clockSkew sets, in ms; negative is behind. */
  readonly skewMs: number;
  /** The hot key of a burst, the share of records (0 to 1) that carry it, and how long, in ms. */
  readonly burstKey: string;
  readonly burstShare: number;
  readonly burstMs: number;
  /** Partitions topic.alterPartitions adds to a topic. */
  readonly addPartitions: number;
}

export const DEFAULT_FAULT_SETTINGS: FaultSettings = {
  dropAcks: 3,
  pauseMs: 2000,
  slowFactor: 4,
  lateKey: 'k0',
  lateValue: 'late',
  lateByMs: 5000,
  skewMs: 2000,
  burstKey: 'k0',
  burstShare: 0.8,
  burstMs: 5000,
  addPartitions: 1,
};

const KINDS: ReadonlySet<string> = new Set(['consumer', 'broker', 'producer', 'job', 'topic']);

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

function pause(target: string, settings: FaultSettings, enabled: boolean): EntityAction {
  return {
    label: `Pause ${settings.pauseMs / 1000} s`,
    command: { type: 'node.pause', target, durationMs: settings.pauseMs },
    enabled,
  };
}

function slowActions(target: string, settings: FaultSettings, enabled: boolean): EntityAction[] {
  return [
    {
      label: `Slow ×${settings.slowFactor}`,
      command: { type: 'node.slow', target, factor: settings.slowFactor },
      enabled,
    },
    { label: 'Full speed', command: { type: 'node.slow', target, factor: 1 }, enabled },
  ];
}

function groupConsumerActions(
  target: string,
  status: string,
  settings: FaultSettings,
): EntityAction[] {
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
    pause(target, settings, running),
    ...slowActions(target, settings, running),
  ];
}

/** A queue consumer takes the consumer commands; the engine routes them to the queue. */
function queueConsumerActions(target: string, status: string): EntityAction[] {
  return [
    { label: 'Crash', command: { type: 'consumer.crash', target }, enabled: status !== 'crashed' },
    {
      label: 'Restart',
      command: { type: 'consumer.restart', target },
      enabled: status === 'crashed',
    },
  ];
}

function consumerActions(
  target: string,
  world: WorldView,
  settings: FaultSettings,
): EntityAction[] {
  const status = world.consumers.find((consumer) => consumer.id === target)?.status;
  if (status !== undefined) return groupConsumerActions(target, status, settings);
  const queueStatus = world.queueConsumers.find((consumer) => consumer.id === target)?.status;
  return queueStatus === undefined ? [] : queueConsumerActions(target, queueStatus);
}

function brokerActions(target: string, world: WorldView, settings: FaultSettings): EntityAction[] {
  const up = world.brokers.find((broker) => broker.id === target)?.up;
  if (up === undefined) return [];
  return [
    { label: 'Crash', command: { type: 'broker.crash', target }, enabled: up },
    { label: 'Restart', command: { type: 'broker.restart', target }, enabled: !up },
    {
      label: `Drop next ${settings.dropAcks} acks`,
      command: { type: 'broker.dropAcks', target, count: settings.dropAcks },
      enabled: up,
    },
    pause(target, settings, up),
    ...slowActions(target, settings, up),
  ];
}

function producerActions(
  target: string,
  world: WorldView,
  settings: FaultSettings,
): EntityAction[] {
  const running = world.producers.find((producer) => producer.id === target)?.running;
  if (running === undefined) return [];
  return [
    { label: 'Stop', command: { type: 'producer.stop', target }, enabled: running },
    { label: 'Start', command: { type: 'producer.start', target }, enabled: !running },
    { label: 'Crash', command: { type: 'producer.crash', target }, enabled: running },
    { label: 'Poison next record', command: { type: 'producer.poison', target }, enabled: running },
    pause(target, settings, running),
    ...producerDataActions(target, running, world.nowMs, settings),
  ];
}

function jobActions(target: string, world: WorldView): EntityAction[] {
  const running = world.streamJobs.find((job) => job.id === target)?.running;
  if (running === undefined) return [];
  return [{ label: 'Fail a task', command: { type: 'job.fail', target }, enabled: running }];
}

/**
 * The actions for an entity in the current world; empty when the world has no such entity.
 * A bare number is read as the count of acks to drop, with the other settings at their defaults.
 *
 * @example
 * entityActions({ kind: 'broker', id: 'b1' }, world, DEFAULT_FAULT_SETTINGS); // Crash, Restart, Drop next 3 acks, …
 */
export function entityActions(
  ref: EntityRef,
  world: WorldView,
  settings: FaultSettings | number,
): EntityAction[] {
  const chosen =
    typeof settings === 'number' ? { ...DEFAULT_FAULT_SETTINGS, dropAcks: settings } : settings;
  switch (ref.kind) {
    case 'consumer':
      return consumerActions(ref.id, world, chosen);
    case 'broker':
      return brokerActions(ref.id, world, chosen);
    case 'producer':
      return producerActions(ref.id, world, chosen);
    case 'job':
      return jobActions(ref.id, world);
    case 'topic':
      return topicActions(ref.id, world, chosen);
  }
}

/**
 * A command in words, for announcements and the branch list.
 *
 * @example
 * describeCommand({ type: 'broker.dropAcks', target: 'b2', count: 3 }); // "drop the next 3 acks of broker b2"
 */
export function describeCommand(command: Intervention): string {
  const [kind = '', verb = ''] = command.type.split('.');
  switch (command.type) {
    case 'broker.dropAcks':
      return `drop the next ${command.count} acks of broker ${command.target}`;
    case 'node.pause':
      return `pause ${command.target} for ${command.durationMs} ms`;
    case 'node.slow':
      return command.factor === 1
        ? `run ${command.target} at full speed`
        : `slow ${command.target} ×${command.factor}`;
    case 'producer.poison':
      return `poison the next record of producer ${command.target}`;
    case 'job.fail':
      return `fail a task of stream job ${command.target}`;
    case 'producer.lateRecord':
    case 'producer.clockSkew':
    case 'producer.hotKeyBurst':
      return describeDataCommand(command);
    case 'topic.alterPartitions':
      return `grow topic ${command.target} to ${command.partitions} partitions`;
    default:
      return `${verb} ${kind} ${command.target}`;
  }
}
