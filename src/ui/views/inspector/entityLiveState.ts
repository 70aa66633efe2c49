// The live state of an entity at the current simulated time, read from the WorldView. Pure:
// world in, labelled values out, in the order a learner would ask about them.

import type {
  BrokerView,
  ConsumerView,
  GroupView,
  PartitionView,
  ProducerView,
  WorldView,
} from '../../../engine/index.ts';
import type { EntityRef } from '../highlightStore.ts';
import { operatorLiveState } from './operatorLiveState.ts';

export interface LiveRow {
  readonly name: string;
  readonly value: string;
}

const list = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(', '));

/**
 * The live rows of an entity, or null when the world has no such entity.
 *
 * @example
 * entityLiveState(world, { kind: 'partition', id: 'orders-0' })?.[0]; // { name: 'leader', value: 'b1' }
 */
export function entityLiveState(world: WorldView, entity: EntityRef): LiveRow[] | null {
  switch (entity.kind) {
    case 'partition': {
      const p = world.partitions.find((x) => x.id === entity.id);
      return p === undefined ? null : partitionState(p, world);
    }
    case 'consumer': {
      const c = world.consumers.find((x) => x.id === entity.id);
      return c === undefined ? null : consumerState(c, world);
    }
    case 'group': {
      const g = world.groups.find((x) => x.id === entity.id);
      return g === undefined ? null : groupState(g);
    }
    case 'producer': {
      const p = world.producers.find((x) => x.id === entity.id);
      return p === undefined ? null : producerState(p);
    }
    case 'broker': {
      const b = world.brokers.find((x) => x.id === entity.id);
      return b === undefined ? null : brokerState(b, world);
    }
    case 'operator':
      return operatorLiveState(world, entity.id);
  }
}

function partitionState(p: PartitionView, world: WorldView): LiveRow[] {
  const rows: LiveRow[] = [
    { name: 'leader', value: p.leader ?? 'offline (no leader)' },
    { name: 'leader epoch', value: String(p.leaderEpoch) },
    { name: 'log start offset', value: String(p.logStartOffset) },
    { name: 'high watermark', value: `${p.highWatermark} (consumers read below it)` },
    { name: 'log end offset', value: String(p.logEndOffset) },
    { name: 'ISR', value: list(p.isr) },
  ];
  for (const r of p.replicas) {
    const facts = [
      r.isLeader ? 'leader' : 'follower',
      r.inSync ? 'in sync' : 'out of sync',
      r.brokerUp ? 'up' : 'broker down',
    ];
    rows.push({
      name: `replica on ${r.broker}`,
      value: `log end ${r.logEndOffset} · ${facts.join(' · ')}`,
    });
  }
  for (const g of world.groups) {
    if (!(p.id in g.lag)) continue;
    const owner = world.consumers.find((c) => c.group === g.id && c.assigned.includes(p.id));
    rows.push({
      name: `group ${g.id}`,
      value: `committed ${g.committed[p.id] ?? '—'} · lag ${g.lag[p.id]} · owner ${owner?.id ?? 'none'}`,
    });
  }
  return rows;
}

function consumerState(c: ConsumerView, world: WorldView): LiveRow[] {
  const group = world.groups.find((g) => g.id === c.group);
  const positions = Object.entries(c.positions).map(
    ([partition, offset]) => `${partition} @${offset}`,
  );
  return [
    { name: 'status', value: c.paused ? `${c.status}, fetching paused by a rebalance` : c.status },
    {
      name: 'group',
      value: `${c.group}${group === undefined ? '' : ` (${group.state}, generation ${group.generation})`}`,
    },
    { name: 'member id', value: c.memberId ?? '—' },
    { name: 'assigned partitions', value: list(c.assigned) },
    { name: 'positions (next offset to fetch)', value: list(positions) },
    { name: 'records processed', value: String(c.processedCount) },
  ];
}

function groupState(g: GroupView): LiveRow[] {
  const lagTotal = Object.values(g.lag).reduce((sum, lag) => sum + lag, 0);
  const assignment = Object.entries(g.assignment).map(
    ([member, partitions]) => `${member}: ${list(partitions)}`,
  );
  return [
    { name: 'coordinator state', value: g.state },
    { name: 'generation', value: String(g.generation) },
    { name: 'leader', value: g.leader ?? '—' },
    { name: 'members', value: list(g.members) },
    { name: 'assignment', value: list(assignment) },
    { name: 'total lag', value: `${lagTotal} records` },
  ];
}

function producerState(p: ProducerView): LiveRow[] {
  return [
    { name: 'running', value: p.running ? 'yes' : 'no' },
    { name: 'topic', value: p.topic },
    { name: 'records sent', value: String(p.sentCount) },
    { name: 'records acknowledged', value: String(p.ackedCount) },
  ];
}

function brokerState(b: BrokerView, world: WorldView): LiveRow[] {
  const leads = world.partitions.filter((p) => p.leader === b.id).map((p) => p.id);
  const hosts = world.partitions.filter((p) => p.replicas.some((r) => r.broker === b.id));
  const behind = hosts
    .filter((p) => p.replicas.some((r) => r.broker === b.id && !r.inSync))
    .map((p) => p.id);
  return [
    { name: 'status', value: b.up ? 'up' : 'down' },
    { name: 'leader of', value: list(leads) },
    { name: 'replicas hosted', value: list(hosts.map((p) => p.id)) },
    { name: 'out of ISR on', value: list(behind) },
  ];
}
