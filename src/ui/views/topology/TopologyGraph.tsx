// The static SVG of the topology: column titles, links, then producer, broker and group nodes on
// top. It draws only what the layout and the world say; the moving dots live on a canvas above.

import { memo } from 'react';
import type { WorldView } from '../../../engine/index.ts';
import type { TopologyLayout } from '../../viz/topologyLayout.ts';
import { BrokerNode } from './BrokerNode.tsx';
import type { BoxOf } from './flightDots.ts';
import { GroupNode } from './GroupNode.tsx';
import { chipsByBroker, groupMembers } from './nodeContents.ts';
import { ProducerNode } from './ProducerNode.tsx';
import { TopologyColumnTitles } from './TopologyColumnTitles.tsx';
import { topologyColours } from './topologyColours.ts';
import { TopologyEdges } from './TopologyEdges.tsx';
import { topologyLinks } from './topologyModel.ts';

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
  const { ownerColour, linkColour } = topologyColours(world, colours);
  const chips = chipsByBroker(layout, world);
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      className="topology-svg"
      aria-label="Producers, brokers and consumer groups"
    >
      <TopologyColumnTitles />
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
        const members = groupMembers(world, layout, group.id);
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
