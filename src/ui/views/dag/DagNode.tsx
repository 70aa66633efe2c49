// An operator in the DAG: its kind and parallelism, id, watermark and what it does, above one row
// per parallel subtask. The whole node is a button that picks the operator for the inspector.

import type { DataflowOperatorView } from '../../../engine/index.ts';
import type { DagBox } from '../../viz/dagLayout.ts';
import { useEntityButton } from '../useEntityButton.ts';
import {
  clip,
  isBackpressured,
  operatorLabel,
  operatorEntityId,
  shortWatermark,
} from './dagModel.ts';
import { SubtaskRow } from './SubtaskRow.tsx';

/** Characters of the detail line that fit the node's width at its font size. */
const DETAIL_CHARS = 30;

export interface DagNodeProps {
  readonly dataflowId: string;
  readonly operator: DataflowOperatorView;
  readonly detail: string;
  readonly box: DagBox;
  readonly hatchId: string;
}

export function DagNode({ dataflowId, operator, detail, box, hatchId }: DagNodeProps) {
  const { props, highlighted } = useEntityButton(
    'operator',
    operatorEntityId(dataflowId, operator.id),
    operatorLabel(operator),
  );
  const pressed = operator.subtasks.some(isBackpressured);
  const right = box.x + box.w - 8;
  return (
    <g
      {...props}
      className={`dag-node kind-${operator.kind}${pressed ? ' backpressured' : ''}${highlighted ? ' highlighted' : ''}`}
      data-testid="dag-node"
      data-operator={operator.id}
    >
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={6} />
      <text x={box.x + 8} y={box.y + 14} className="dag-kind">
        {operator.kind} ×{operator.parallelism}
      </text>
      {pressed && (
        <text x={right} y={box.y + 14} textAnchor="end" className="dag-pressed-tag">
          backpressured
        </text>
      )}
      <text x={box.x + 8} y={box.y + 31} className="dag-id">
        {clip(operator.id, 17)}
      </text>
      <text x={right} y={box.y + 31} textAnchor="end" className="dag-watermark">
        wm {shortWatermark(operator.watermarkMs)}
      </text>
      <text x={box.x + 8} y={box.y + 47} className="dag-detail">
        {detail.length > DETAIL_CHARS && <title>{detail}</title>}
        {clip(detail, DETAIL_CHARS)}
      </text>
      {operator.subtasks.map((subtask, i) => (
        <SubtaskRow
          key={i}
          box={box}
          index={i}
          subtask={subtask}
          isSource={operator.kind === 'source'}
          hatchId={hatchId}
        />
      ))}
    </g>
  );
}
