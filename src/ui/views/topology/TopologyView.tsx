// The flow topology: producers → brokers (with their partition replicas and leaders) → consumer
// groups and consumers. The static graph is SVG; messages in flight are dots on a canvas above
// it, positioned by simulated time, or counts on the links when the learner prefers less motion.

import { useCallback, useMemo } from 'react';
import type { Simulation, WorldView } from '../../../engine/index.ts';
import { minFlightMs } from '../../viz/flightProgress.ts';
import { consumerColours } from '../../viz/palettes.ts';
import {
  layoutTopology,
  type Box,
  type TopologyInput,
  type TopologyLayout,
} from '../../viz/topologyLayout.ts';
import { usePrefersReducedMotion } from '../usePrefersReducedMotion.ts';
import { FlightCanvas } from './FlightCanvas.tsx';
import { flightCounts, flightDots, type FlightDot } from './flightDots.ts';
import { TopologyGraph } from './TopologyGraph.tsx';
import { structureKey, topologyStructure, type NodeId } from './topologyModel.ts';
import { useFlights } from './useFlights.ts';

export interface TopologyViewProps {
  readonly sim: Simulation;
  readonly world: WorldView;
  /** Playback speed, which sets how long a dot takes to cross an edge. */
  readonly speed: number;
}

export function TopologyView({ sim, world, speed }: TopologyViewProps) {
  // The world object changes as the run moves; its structure does not, so the layout keys on a
  // string, and the string is worked out again only when the world changes.
  const key = useMemo(() => structureKey(topologyStructure(world)), [world]);
  const layout = useMemo(() => layoutTopology(JSON.parse(key) as TopologyInput), [key]);
  const consumerIds = world.consumers.map((consumer) => consumer.id).join('\n');
  const colours = useMemo(() => consumerColours(consumerIds.split('\n')), [consumerIds]);
  const reduced = usePrefersReducedMotion();
  const { flights, nowMs } = useFlights(sim);
  const stretchMs = minFlightMs(speed);
  // Every dot asks for the boxes of its two ends on every frame: look each node up once per layout.
  const boxOf = useMemo(() => {
    const boxes = new Map<NodeId, Box | undefined>();
    return (node: NodeId): Box | undefined => {
      if (!boxes.has(node)) boxes.set(node, boxOfNode(layout, node));
      return boxes.get(node);
    };
  }, [layout]);
  const dotColour = useCallback(
    (dot: FlightDot) => colours.get(dot.to.slice('consumer:'.length)),
    [colours],
  );
  return (
    <section className="panel topology" aria-labelledby="topology-heading">
      <h2 id="topology-heading">Flow topology</h2>
      <p className="legend">
        {reduced
          ? 'Motion is reduced: each link shows how many messages are on it. '
          : '● message travelling (grey: produce request; coloured: records fetched by that consumer) · ○ waiting at its broker · ✕ failed. '}
        ★ leader replica, with its consumer&apos;s colour · dashed chip: follower · grey chip: out
        of the ISR.
      </p>
      <div className="topology-stage">
        <TopologyGraph
          world={world}
          layout={layout}
          boxOf={boxOf}
          colours={colours}
          counts={reduced ? flightCounts(flights, nowMs, stretchMs) : null}
        />
        {!reduced && (
          <FlightCanvas
            dots={flightDots(flights, boxOf, nowMs, stretchMs)}
            layoutWidth={layout.width}
            layoutHeight={layout.height}
            colourOf={dotColour}
          />
        )}
      </div>
    </section>
  );
}

function boxOfNode(layout: TopologyLayout, node: NodeId): Box | undefined {
  const id = node.slice(node.indexOf(':') + 1);
  if (node.startsWith('producer:')) return layout.producers.get(id);
  if (node.startsWith('broker:')) return layout.brokers.get(id);
  return layout.consumers.get(id);
}
