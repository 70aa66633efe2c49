// The live partition-log view: the brokers' status, then one strip per partition, computed by the
// pure layouts in viz/ and drawn here. A key to the marks sits above the strips. It re-renders
// only when the world does, which the player makes happen at most once per animation frame.

import { memo, useMemo } from 'react';
import type { WorldView } from '../../engine/index.ts';
import { BrokerStatusBar } from '../views/logs/BrokerStatusBar.tsx';
import { useContainerWidth } from '../views/useContainerWidth.ts';
import { consumerColours } from '../viz/palettes.ts';
import { layoutPartitionStrip } from '../viz/partitionLayout.ts';
import { stripOptionsForWidth } from '../viz/stripSlots.ts';
import { PartitionStrip } from './PartitionStrip.tsx';

export interface PartitionLogViewProps {
  readonly world: WorldView;
}

export const PartitionLogView = memo(function PartitionLogView({ world }: PartitionLogViewProps) {
  const consumerIds = world.consumers.map((consumer) => consumer.id).join('\n');
  const colours = useMemo(() => consumerColours(consumerIds.split('\n')), [consumerIds]);
  const replicated = world.partitions.some((p) => p.replicas.length > 1);
  // As many offsets as fit at 1:1, so narrow windows show fewer records, not smaller text.
  const [sectionRef, widthPx] = useContainerWidth<HTMLElement>();
  const options = stripOptionsForWidth(widthPx);
  return (
    <section
      ref={sectionRef}
      className="panel partition-log"
      aria-labelledby="partition-log-heading"
    >
      <h2 id="partition-log-heading">Partition logs</h2>
      <BrokerStatusBar brokers={world.brokers} partitions={world.partitions} />
      <p className="legend">
        Cells are records, coloured by key (grey: no key). ▲ consumer position · ◆ committed offset
        · green line: high watermark (HW), consumers read below it; faded cells wait for replication
        · dashed line: log end.
        {replicated && ' Replica rows: ★ leader; each bar reaches that replica’s log end.'} Click
        anything to inspect it.
      </p>
      {world.partitions.length === 0 && <p className="muted">No partitions yet.</p>}
      {world.partitions.map((partition) => (
        <PartitionStrip
          key={partition.id}
          partition={partition}
          geometry={layoutPartitionStrip(
            partition,
            world.consumers,
            world.groups,
            colours,
            options,
          )}
        />
      ))}
    </section>
  );
});
