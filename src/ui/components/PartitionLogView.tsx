// The live partition-log view: one strip per partition, computed by the pure layout in viz/ and
// drawn here. A key to the markers sits above the strips.

import { useMemo } from 'react';
import type { WorldView } from '../../engine/index.ts';
import { consumerColours } from '../viz/palettes.ts';
import { layoutPartitionStrip } from '../viz/partitionLayout.ts';
import { PartitionStrip } from './PartitionStrip.tsx';

export interface PartitionLogViewProps {
  readonly world: WorldView;
}

export function PartitionLogView({ world }: PartitionLogViewProps) {
  const colours = useMemo(
    () => consumerColours(world.consumers.map((consumer) => consumer.id)),
    [world.consumers],
  );
  return (
    <section className="panel partition-log" aria-labelledby="partition-log-heading">
      <h2 id="partition-log-heading">Partition logs</h2>
      <p className="legend">
        Cells are records, coloured by key (grey: no key). ▲ consumer position (next offset to
        fetch) · ◆ group&apos;s committed offset · lines mark log start and log end.
      </p>
      {world.partitions.length === 0 && <p className="muted">No partitions yet.</p>}
      {world.partitions.map((partition) => (
        <PartitionStrip
          key={partition.id}
          partition={partition}
          geometry={layoutPartitionStrip(partition, world.consumers, world.groups, colours)}
        />
      ))}
    </section>
  );
}
