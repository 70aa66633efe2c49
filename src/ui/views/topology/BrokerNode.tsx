// A broker in the topology: up or down, and a chip per partition replica it hosts. A leader's chip
// is solid with the owning consumer's colour on its edge; a follower's is dashed, and grey when out
// of the ISR. Click the broker or a chip to inspect it.

import type { BrokerView, PartitionView } from '../../../engine/index.ts';
import type { Box, ChipBox } from '../../viz/topologyLayout.ts';
import { useEntityButton } from '../useEntityButton.ts';

export interface BrokerNodeProps {
  readonly broker: BrokerView;
  readonly box: Box;
  readonly chips: readonly {
    readonly chip: ChipBox;
    readonly partition: PartitionView;
    readonly label: string;
  }[];
  readonly ownerColour: (partition: string) => string | undefined;
}

export function BrokerNode({ broker, box, chips, ownerColour }: BrokerNodeProps) {
  const status = broker.up ? 'up' : 'down';
  const { props, highlighted } = useEntityButton(
    'broker',
    broker.id,
    `Broker ${broker.id}, ${status}`,
  );
  return (
    <g
      className={`topo-node broker ${status}${highlighted ? ' highlighted' : ''}`}
      data-testid="topo-broker"
    >
      <g {...props} className="topo-head">
        <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={6} />
        <text x={box.x + 10} y={box.y + 18} className="topo-title">
          {broker.id}{' '}
          <tspan className={`topo-status ${status}`}>{broker.up ? '● up' : '✕ down'}</tspan>
        </text>
      </g>
      {chips.map(({ chip, partition, label }) => (
        <PartitionChip
          key={chip.partition}
          chip={chip}
          partition={partition}
          label={label}
          colour={ownerColour(partition.id)}
        />
      ))}
    </g>
  );
}

interface PartitionChipProps {
  readonly chip: ChipBox;
  readonly label: string;
  readonly partition: PartitionView;
  readonly colour: string | undefined;
}

function PartitionChip({ chip, partition, label, colour }: PartitionChipProps) {
  const replica = partition.replicas.find((r) => r.broker === chip.broker);
  const role =
    replica?.isLeader === true ? 'leader' : replica?.inSync === true ? 'follower' : 'out-of-sync';
  const { props, highlighted } = useEntityButton(
    'partition',
    partition.id,
    `Partition ${partition.id} on ${chip.broker}: ${role.replace('-', ' ')}`,
  );
  return (
    <g {...props} className={`topo-chip ${role}${highlighted ? ' highlighted' : ''}`}>
      <rect x={chip.x} y={chip.y} width={chip.w} height={chip.h} rx={3} />
      {role === 'leader' && colour !== undefined && (
        <rect
          x={chip.x + 1.5}
          y={chip.y + 1.5}
          width={7}
          height={chip.h - 3}
          rx={1.5}
          style={{ fill: colour }}
          className="owner-bar"
        />
      )}
      <text x={chip.x + chip.w / 2 + 2} y={chip.y + 14} textAnchor="middle">
        {role === 'leader' ? '★ ' : ''}
        {label}
      </text>
    </g>
  );
}
