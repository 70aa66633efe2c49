// The SVG of one dataflow: edges first, operators on top. Geometry comes from the pure layout in
// viz/, memoised on the graph's structure; this component only draws it.

import { useId, useLayoutEffect, useMemo, useRef } from 'react';
import type { DataflowView } from '../../../engine/index.ts';
import { labelPlacements } from '../../viz/dagEdges.ts';
import { fitDag } from '../../viz/dagLayout.ts';
import { DagEdge } from './DagEdge.tsx';
import { DagNode } from './DagNode.tsx';
import { dagStructureKey, operatorDetail, type DagStructure } from './dagModel.ts';

export interface DataflowGraphProps {
  readonly dataflow: DataflowView;
  /** The width available, in px; 0 when not measured yet. */
  readonly containerWidthPx: number;
}

export function DataflowGraph({ dataflow, containerWidthPx }: DataflowGraphProps) {
  const key = dagStructureKey(dataflow);
  const { layout, widthPx, placements } = useMemo(() => {
    const structure = JSON.parse(key) as DagStructure;
    return {
      ...fitDag(structure.nodes, structure.edges, containerWidthPx),
      placements: labelPlacements(structure.edges),
    };
  }, [key, containerWidthPx]);
  const hatchId = `dag-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const scale = widthPx / Math.max(1, layout.width);
  const scrolls = containerWidthPx > 0 && widthPx > containerWidthPx + 1;
  const scroller = useRef<HTMLDivElement>(null);
  // Top to bottom, the spine of the graph runs down the middle: start scrolled to it, so a
  // phone shows the chain from source to sink and only the side branches need a swipe.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element === null || !scrolls || layout.orientation !== 'vertical') return;
    element.scrollLeft = (element.scrollWidth - element.clientWidth) / 2;
  }, [scrolls, layout]);
  return (
    <div className="dag-scroll" ref={scroller}>
      {scrolls && (
        <p className="dag-scroll-hint muted">
          The graph is wider than the panel: scroll sideways to see all {layout.nodes.size}{' '}
          operators.
        </p>
      )}
      <svg
        className={`dag-svg ${layout.orientation}`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={Math.round(widthPx)}
        height={Math.round(layout.height * scale)}
        role="group"
        aria-label={`Operators of dataflow ${dataflow.id}, ${layout.orientation === 'horizontal' ? 'left to right' : 'top to bottom'}`}
        data-orientation={layout.orientation}
      >
        <defs>
          <pattern
            id={hatchId}
            patternUnits="userSpaceOnUse"
            width="6"
            height="6"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" className="dag-hatch-back" />
            <line x1="0" y1="0" x2="0" y2="6" className="dag-hatch-line" />
          </pattern>
        </defs>
        {dataflow.edges.map((edge, i) => {
          const from = layout.nodes.get(edge.from);
          const to = layout.nodes.get(edge.to);
          if (from === undefined || to === undefined) return null;
          return (
            <DagEdge
              key={`${i}:${edge.from}->${edge.to}`}
              edge={edge}
              from={from}
              to={to}
              orientation={layout.orientation}
              placement={placements[i] ?? 'middle'}
            />
          );
        })}
        {dataflow.operators.map((operator) => {
          const box = layout.nodes.get(operator.id);
          return (
            box && (
              <DagNode
                key={operator.id}
                dataflowId={dataflow.id}
                operator={operator}
                detail={operatorDetail(dataflow, operator)}
                box={box}
                hatchId={hatchId}
              />
            )
          );
        })}
      </svg>
    </div>
  );
}
