// The static SVG of the topology: column titles, links, then producer, broker and group nodes on
// top. It draws only what the layout and the world say; the moving dots live on a canvas above.

import { memo } from 'react';
import type { PartitionView, WorldView } from '../../../engine/index.ts';
import type { ChipBox, TopologyLayout } from '../../viz/topologyLayout.ts';
import { BrokerNode } from './BrokerNode.tsx';
import type { BoxOf } from './flightDots.ts';
import { GroupNode } from './GroupNode.tsx';
import { ProducerNode } from './ProducerNode.tsx';
import { TopologyEdges } from './TopologyEdges.tsx';
import { chipLabel, partitionOwners, topologyLinks, type TopologyLink } from './topologyModel.ts';

const LINK_GREY = '#8a93a3';

export interface TopologyGraphProps {
  readonly world: WorldView;
  readonly layout: TopologyLayout;
  readonly boxOf: BoxOf;
  readonly colours: ReadonlyMap<string, string>;
  readonly counts: ReadonlyMap<string, number> | null;
}

/**
 * Memoised: the topology re-renders on every frame for its flying messages, and the graph needs
 * to follow only when the world it was given (the panel's, refreshed on its turn) changes.
 */
export const TopologyGraph = memo(function TopologyGraph({
  world,
  layout,
  boxOf,
  colours,
  counts,
}: TopologyGraphProps) {
  const owners = partitionOwners(world);
  const ownerColour = (partition: string): string | undefined =>
    colours.get(owners.get(partition) ?? '');
  const linkColour = (link: TopologyLink): string =>
    link.kind === 'fetch'
      ? (colours.get(link.to.slice('consumer:'.length)) ?? LINK_GREY)
      : LINK_GREY;
  const chips = chipsByBroker(layout, world);
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      className="topology-svg"
      aria-label="Producers, brokers and consumer groups"
    >
      <text x={16} y={16} className="topo-column">
        Producers
      </text>
      <text x={330} y={16} className="topo-column">
        Brokers and partition replicas
      </text>
      <text x={700} y={16} className="topo-column">
        Consumer groups
      </text>
      <TopologyEdges
        links={topologyLinks(world)}
        boxOf={boxOf}
        colourOf={linkColour}
        counts={counts}
      />
      {world.producers.map((producer) => {
        const box = layout.producers.get(producer.id);
        return box && <ProducerNode key={producer.id} producer={producer} box={box} />;
      })}
      {world.brokers.map((broker) => {
        const box = layout.brokers.get(broker.id);
        return (
          box && (
            <BrokerNode
              key={broker.id}
              broker={broker}
              box={box}
              chips={chips.get(broker.id) ?? []}
              ownerColour={ownerColour}
            />
          )
        );
      })}
      {world.groups.map((group) => {
        const box = layout.groups.get(group.id);
        const members = world.consumers.flatMap((consumer) => {
          const row = layout.consumers.get(consumer.id);
          return consumer.group === group.id && row !== undefined ? [{ consumer, box: row }] : [];
        });
        return (
          box && (
            <GroupNode
              key={group.id}
              group={group}
              box={box}
              consumers={members}
              colours={colours}
            />
          )
        );
      })}
    </svg>
  );
});

interface ChipEntry {
  readonly chip: ChipBox;
  readonly partition: PartitionView;
  readonly label: string;
}

function chipsByBroker(layout: TopologyLayout, world: WorldView): Map<string, ChipEntry[]> {
  const partitions = new Map(world.partitions.map((p) => [p.id, p]));
  const singleTopic = new Set(world.partitions.map((p) => p.topic)).size === 1;
  const out = new Map<string, ChipEntry[]>();
  for (const chip of layout.chips.values()) {
    const partition = partitions.get(chip.partition);
    if (partition === undefined) continue;
    const list = out.get(chip.broker) ?? [];
    list.push({ chip, partition, label: chipLabel(partition.id, singleTopic) });
    out.set(chip.broker, list);
  }
  return out;
}
