// The preview a card shows before (or instead of) its sparkline: the scenario's shape as three
// columns of dots, producers, partitions and consumers, joined left to right.

import type { Topology } from '../../engine/index.ts';

const WIDTH = 240;
const HEIGHT = 36;
const DOTS_MAX = 6;

export interface TopologySchematicProps {
  readonly topology: Topology;
}

function column(count: number, x: number, className: string) {
  const shown = Math.min(count, DOTS_MAX);
  const gap = HEIGHT / (shown + 1);
  return Array.from({ length: shown }, (_, i) => (
    <circle key={`${className}-${i}`} className={className} cx={x} cy={gap * (i + 1)} r={3} />
  ));
}

export function TopologySchematic({ topology }: TopologySchematicProps) {
  const producers = topology.producers.length + (topology.queueProducers?.length ?? 0);
  const partitions = topology.topics.reduce((sum, t) => sum + t.partitions, 0);
  const consumers =
    topology.consumerGroups.reduce((sum, g) => sum + g.members.length, 0) +
    (topology.queueConsumers?.length ?? 0);
  const label = `${producers} producers, ${partitions} partitions, ${consumers} consumers`;
  return (
    <svg
      className="topology-schematic"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <line x1={30} y1={HEIGHT / 2} x2={210} y2={HEIGHT / 2} className="schematic-link" />
      {column(producers, 30, 'schematic-producer')}
      {column(partitions, 120, 'schematic-partition')}
      {column(consumers, 210, 'schematic-consumer')}
    </svg>
  );
}
