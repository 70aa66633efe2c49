// The links between topology nodes, drawn under the nodes. With reduced motion each link also
// carries the number of messages on it, in place of the moving dots.

import { edgeBetween, pointOnEdge } from '../../viz/topologyLayout.ts';
import type { BoxOf } from './flightDots.ts';
import type { TopologyLink } from './topologyModel.ts';

export interface TopologyEdgesProps {
  readonly links: readonly TopologyLink[];
  readonly boxOf: BoxOf;
  readonly colourOf: (link: TopologyLink) => string;
  /** Messages in flight per link id, shown as text; null shows none. */
  readonly counts: ReadonlyMap<string, number> | null;
}

export function TopologyEdges({ links, boxOf, colourOf, counts }: TopologyEdgesProps) {
  return (
    <g className="topo-edges">
      {links.map((link) => {
        const from = boxOf(link.from);
        const to = boxOf(link.to);
        if (from === undefined || to === undefined) return null;
        const edge = edgeBetween(from, to);
        const count = counts?.get(link.id) ?? 0;
        const mid = pointOnEdge(edge, 0.5);
        return (
          <g
            key={link.id}
            className={`topo-edge ${link.kind}`}
            data-testid="topo-edge"
            data-link={link.id}
          >
            <path d={edge.d} stroke={colourOf(link)} />
            {counts !== null && count > 0 && (
              <text x={mid.x} y={mid.y - 4} textAnchor="middle" className="topo-count">
                {count} in flight
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
