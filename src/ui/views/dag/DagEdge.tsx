// An edge between two operators: one curve per channel (crossing lines for a hash shuffle or a
// rebalance, parallel lines for forward), a mark across the channels for each checkpoint barrier
// travelling on it, and on top a label with its partitioning and the records on it.

import type { DataflowEdgeView } from '../../../engine/index.ts';
import { barrierMarks, edgeGeometry, type LabelPlacement } from '../../viz/dagEdges.ts';
import type { DagBox, DagOrientation } from '../../viz/dagLayout.ts';
import { edgeLabelLines, edgeSentence } from './dagModel.ts';

export interface DagEdgeProps {
  readonly edge: DataflowEdgeView;
  readonly from: DagBox;
  readonly to: DagBox;
  readonly orientation: DagOrientation;
  readonly placement: LabelPlacement;
}

const LINE_PX = 11;

export function DagEdge({ edge, from, to, orientation, placement }: DagEdgeProps) {
  const geometry = edgeGeometry(from, to, edge.mode, orientation, placement);
  const marks = barrierMarks(geometry, edge.barriers, orientation);
  const lines = edgeLabelLines(edge);
  const { x, y } = geometry.labelAt;
  // Left to right, the route and mode sit above the curve and the counts below, leaving the
  // middle to the barrier marks; top to bottom the lines stack centred on the label point.
  const above = edge.port === null ? 1 : 2;
  const lineY = (i: number): number =>
    orientation === 'horizontal'
      ? i < above
        ? y - 10 - (above - 1 - i) * LINE_PX
        : y + 7 + (i - above + 1) * LINE_PX
      : y + (i - (lines.length - 1) / 2) * LINE_PX + 3;
  return (
    <g
      className={`dag-edge mode-${edge.mode}${edge.records > 0 ? ' busy' : ''}`}
      data-testid="dag-edge"
      data-edge={`${edge.from}->${edge.to}`}
      role="img"
      aria-label={edgeSentence(edge)}
    >
      {geometry.channels.map((channel) => (
        <path
          key={`${channel.fromSubtask}-${channel.toSubtask}`}
          className="dag-channel"
          d={channel.d}
        />
      ))}
      {marks.map((mark, i) => (
        <line
          key={i}
          className="dag-barrier"
          data-testid="dag-barrier"
          x1={mark.from.x}
          y1={mark.from.y}
          x2={mark.to.x}
          y2={mark.to.y}
        />
      ))}
      {lines.map((line, i) => (
        <text
          key={i}
          x={x}
          y={lineY(i)}
          textAnchor="middle"
          className={i < above ? 'dag-edge-mode' : 'dag-edge-count'}
        >
          {line}
        </text>
      ))}
    </g>
  );
}
