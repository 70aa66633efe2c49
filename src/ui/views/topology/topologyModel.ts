// Reads the flow topology from a WorldView: its structure (which never changes during a run and so
// keys the layout), and the live links along which messages travel: each producer to the brokers
// leading its topic's partitions, and each leader broker to the consumers fetching from it.

import type { WorldView } from '../../../engine/index.ts';
import type { TopologyInput } from '../../viz/topologyLayout.ts';

export type NodeId = `producer:${string}` | `broker:${string}` | `consumer:${string}`;

export interface TopologyLink {
  readonly id: string;
  readonly from: NodeId;
  readonly to: NodeId;
  readonly kind: 'produce' | 'fetch';
}

/**
 * The world's structure for the layout.
 *
 * @example
 * topologyStructure(world).brokers; // [{ id: 'b1' }, { id: 'b2' }]
 */
export function topologyStructure(world: WorldView): TopologyInput {
  return {
    producers: world.producers.map((p) => ({ id: p.id })),
    brokers: world.brokers.map((b) => ({ id: b.id })),
    partitions: world.partitions.map((p) => ({
      id: p.id,
      replicas: p.replicas.map((r) => r.broker),
    })),
    groups: world.groups.map((g) => ({
      id: g.id,
      consumers: world.consumers.filter((c) => c.group === g.id).map((c) => c.id),
    })),
  };
}

/** A string that changes only when the structure does, to memoise the layout on. */
export function structureKey(structure: TopologyInput): string {
  return JSON.stringify(structure);
}

/**
 * The links messages can travel now, one per (producer, broker) and (broker, consumer) pair.
 *
 * @example
 * topologyLinks(world).map((l) => l.id); // ['producer:p1>broker:b1', 'broker:b1>consumer:c1']
 */
export function topologyLinks(world: WorldView): TopologyLink[] {
  const links = new Map<string, TopologyLink>();
  const add = (from: NodeId, to: NodeId, kind: TopologyLink['kind']): void => {
    const id = `${from}>${to}`;
    if (!links.has(id)) links.set(id, { id, from, to, kind });
  };
  for (const producer of world.producers)
    for (const p of world.partitions)
      if (p.topic === producer.topic && p.leader !== null)
        add(`producer:${producer.id}`, `broker:${p.leader}`, 'produce');
  const leaderOf = new Map(world.partitions.map((p) => [p.id, p.leader]));
  for (const consumer of world.consumers)
    for (const partition of consumer.assigned) {
      const leader = leaderOf.get(partition);
      if (leader !== null && leader !== undefined)
        add(`broker:${leader}`, `consumer:${consumer.id}`, 'fetch');
    }
  return [...links.values()];
}

/** Which consumer owns each partition now (the first group's owner wins), for chip colours. */
export function partitionOwners(world: WorldView): ReadonlyMap<string, string> {
  const owners = new Map<string, string>();
  for (const consumer of world.consumers)
    for (const partition of consumer.assigned)
      if (!owners.has(partition)) owners.set(partition, consumer.id);
  return owners;
}

/** Longest chip label that fits a partition chip at 10.5 px. */
const CHIP_LABEL_CHARS_MAX = 9;

/**
 * The short label of a partition chip: `p3` when the world has one topic, else the id, cut short.
 *
 * @example
 * chipLabel('orders-3', true); // 'p3'
 * chipLabel('payments-changelog-3', false); // 'payments…'
 */
export function chipLabel(partitionId: string, singleTopic: boolean): string {
  const dash = partitionId.lastIndexOf('-');
  if (singleTopic && dash >= 0) return `p${partitionId.slice(dash + 1)}`;
  return partitionId.length <= CHIP_LABEL_CHARS_MAX
    ? partitionId
    : `${partitionId.slice(0, CHIP_LABEL_CHARS_MAX - 1)}…`;
}
