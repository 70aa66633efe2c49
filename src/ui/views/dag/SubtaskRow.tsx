// One parallel subtask inside an operator node: its input buffer as a bar (hatched in the
// backpressure colour while its output waits for credit), its state size, its watermark (or
// "idle"), and a barrier mark while it aligns a checkpoint. The full numbers are in its tooltip.

import { subtaskRowBox, type DagBox } from '../../viz/dagLayout.ts';
import { compact } from '../../viz/timeSeriesLayout.ts';
import { bufferFraction, isBackpressured, shortWatermark, subtaskSentence } from './dagModel.ts';
import type { DataflowSubtaskView } from '../../../engine/index.ts';

/** Columns of a row, in px from the node's left edge; the node is DAG_SIZES.nodeWidthPx wide. */
const BAR = { dx: 26, w: 50, h: 10 };
const STATE_DX = 82;
const WATERMARK_DX = 122;
const ALIGN_DX = 180;

export interface SubtaskRowProps {
  readonly box: DagBox;
  readonly index: number;
  readonly subtask: DataflowSubtaskView;
  /** Sources have no input buffer; their row says whether they read or wait for credit. */
  readonly isSource: boolean;
  /** The id of the figure's hatch pattern for backpressured buffers. */
  readonly hatchId: string;
}

export function SubtaskRow({ box, index, subtask, isSource, hatchId }: SubtaskRowProps) {
  const row = subtaskRowBox(box, index);
  const fraction = bufferFraction(subtask);
  const pressed = isBackpressured(subtask);
  const mid = row.y + row.h / 2;
  const text = mid + 3.5;
  const barX = row.x + BAR.dx;
  return (
    <g
      className={`dag-subtask${pressed ? ' backpressured' : ''}${subtask.aligningCheckpoint !== null ? ' aligning' : ''}`}
      data-testid="dag-subtask"
      data-backpressured={pressed ? 'true' : 'false'}
    >
      <title>{subtaskSentence(subtask, index, isSource)}</title>
      <text x={row.x + 8} y={text} className="dag-subtask-index">
        #{index}
      </text>
      {isSource ? (
        <text x={barX} y={text} className={`dag-cell-text${pressed ? ' blocked' : ''}`}>
          {pressed ? 'blocked' : 'reading'}
        </text>
      ) : fraction === null ? (
        <text x={barX} y={text} className="dag-cell-text">
          {subtask.bufferedRecords} queued
        </text>
      ) : (
        <>
          <rect
            className="dag-buffer-track"
            x={barX}
            y={mid - BAR.h / 2}
            width={BAR.w}
            height={BAR.h}
          />
          <rect
            className="dag-buffer-fill"
            x={barX}
            y={mid - BAR.h / 2}
            width={Math.round(fraction * BAR.w * 10) / 10}
            height={BAR.h}
            // A style, not the fill attribute: the stylesheet's fill would override an attribute.
            style={pressed ? { fill: `url(#${hatchId})` } : undefined}
            data-testid="dag-buffer-fill"
          />
        </>
      )}
      <text x={row.x + STATE_DX} y={text} className="dag-cell-text">
        {compact(subtask.stateEntries)} st
      </text>
      <text
        x={row.x + WATERMARK_DX}
        y={text}
        className={`dag-cell-text${subtask.idle ? ' idle' : ''}`}
      >
        {subtask.idle ? 'idle' : `wm ${shortWatermark(subtask.watermarkMs)}`}
      </text>
      {subtask.aligningCheckpoint !== null && (
        <g className="dag-aligning" data-testid="dag-aligning">
          <rect x={row.x + ALIGN_DX} y={mid - 7} width={3} height={14} />
          <text x={row.x + ALIGN_DX + 6} y={text} className="dag-cell-text">
            {subtask.aligningCheckpoint}
          </text>
        </g>
      )}
    </g>
  );
}
