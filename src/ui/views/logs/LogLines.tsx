// The vertical lines of a partition strip: log start, high watermark and log end, with labels
// placed by the replication layout so they never overlap.

import type { OffsetMarker } from '../../viz/partitionLayout.ts';
import type { ReplicationGeometry } from '../../viz/replicaLayout.ts';
import { STRIP_CELL_HEIGHT, STRIP_CELL_Y, STRIP_MARKER_LABEL_Y } from '../../viz/stripMetrics.ts';

export interface LogLinesProps {
  readonly logStart: OffsetMarker;
  readonly logEnd: OffsetMarker;
  readonly highWatermark: number;
  readonly replication: ReplicationGeometry;
}

const TOP = STRIP_MARKER_LABEL_Y - 10;
const BOTTOM = STRIP_CELL_Y + STRIP_CELL_HEIGHT + 2;

export function LogLines({ logStart, logEnd, highWatermark, replication }: LogLinesProps) {
  return (
    <g className="log-lines">
      <line
        x1={logStart.xPx}
        x2={logStart.xPx}
        y1={TOP}
        y2={BOTTOM}
        className="log-start-line"
        data-testid="log-start-marker"
        data-offset={logStart.offset}
        aria-label={`log start offset ${logStart.offset}`}
      />
      <line
        x1={logEnd.xPx}
        x2={logEnd.xPx}
        y1={TOP}
        y2={BOTTOM}
        className="log-end-line"
        data-testid="log-end-marker"
        data-offset={logEnd.offset}
        aria-label={`log end offset ${logEnd.offset}`}
      />
      <line
        x1={replication.highWatermarkXPx}
        x2={replication.highWatermarkXPx}
        y1={STRIP_CELL_Y - 3}
        y2={BOTTOM + 3}
        className="high-watermark-line"
        data-testid="high-watermark-marker"
        data-offset={highWatermark}
        aria-label={`high watermark ${highWatermark}`}
      />
      {replication.labels.map((label) => (
        <text
          key={label.text}
          x={label.xPx}
          y={STRIP_MARKER_LABEL_Y}
          textAnchor={label.anchor}
          className="boundary-label"
        >
          {label.text}
        </text>
      ))}
    </g>
  );
}
