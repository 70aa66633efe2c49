// The label column of a partition strip: its id, its leader (or "offline" when it has none) and
// the leader epoch. The whole block is a button that highlights the partition.

import type { PartitionView } from '../../../engine/index.ts';
import { STRIP_CELL_Y } from '../../viz/stripMetrics.ts';
import { useEntityButton } from '../useEntityButton.ts';

export function PartitionLabel({ partition }: { readonly partition: PartitionView }) {
  const leader = partition.leader === null ? 'offline' : `leader ${partition.leader}`;
  const { props, highlighted } = useEntityButton(
    'partition',
    partition.id,
    `Partition ${partition.id}, ${leader}, epoch ${partition.leaderEpoch}`,
  );
  return (
    <g
      {...props}
      className={`partition-label-button${highlighted ? ' highlighted' : ''}`}
      data-testid="partition-label"
    >
      <rect x={-4} y={STRIP_CELL_Y - 4} width={100} height={48} rx={4} className="label-hit" />
      <text x={0} y={STRIP_CELL_Y + 12} className="partition-label">
        {partition.id}
      </text>
      <text
        x={0}
        y={STRIP_CELL_Y + 27}
        className={partition.leader === null ? 'partition-sub offline' : 'partition-sub'}
        data-testid="partition-leader"
      >
        {partition.leader === null ? '⚠ offline' : leader}
      </text>
      <text x={0} y={STRIP_CELL_Y + 40} className="partition-sub">
        epoch {partition.leaderEpoch}
      </text>
    </g>
  );
}
