// The SVG of one dataflow: edges first, operators on top. Geometry comes from the pure layout in
// viz/, memoised on the graph's structure (useDagLayout.ts); this component only draws it.

import { useId } from 'react';
import type { DataflowView } from '../../../engine/index.ts';
import { DagEdge } from './DagEdge.tsx';
import { DagHatchPattern } from './DagHatchPattern.tsx';
import { DagNode } from './DagNode.tsx';
import { operatorDetail } from './dagModel.ts';
import { useDagLayout } from './useDagLayout.ts';
import { useSpineScroll } from './useSpineScroll.ts';

export interface DataflowGraphProps {
  readonly dataflow: DataflowView;
  /** The width available, in px; 0 when not measured yet. */
  readonly containerWidthPx: number;
}

export function DataflowGraph({ dataflow, containerWidthPx }: DataflowGraphProps) {
  const { layout, widthPx, placements } = useDagLayout(dataflow, containerWidthPx);
  const hatchId = `dag-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const scale = widthPx / Math.max(1, layout.width);
  const scrolls = containerWidthPx > 0 && widthPx > containerWidthPx + 1;
  const scroller = useSpineScroll(scrolls, layout);
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
        <DagHatchPattern id={hatchId} />
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
