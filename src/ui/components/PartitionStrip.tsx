// Draws one partition's log: its leader and epoch, its record cells at their offsets (records at
// or above the high watermark faded, since consumers cannot read them yet), the log-start,
// high-watermark and log-end lines, a lane per consumer group, and for replicated partitions a
// row per replica showing how far its log reaches and whether it is in the ISR.

import type { PartitionView } from '../../engine/index.ts';
import { GroupLaneMarks } from '../views/logs/GroupLaneMarks.tsx';
import { LogLines } from '../views/logs/LogLines.tsx';
import { PartitionLabel } from '../views/logs/PartitionLabel.tsx';
import { RecordCell } from '../views/logs/RecordCell.tsx';
import { ReplicaRows } from '../views/logs/ReplicaRows.tsx';
import type { StripGeometry } from '../viz/partitionLayout.ts';
import { layoutReplication, replicaRowsY, replicatedStripHeight } from '../viz/replicaLayout.ts';
import { thinOffsetLabels } from '../viz/stripSlots.ts';
import {
  STRIP_CELL_HEIGHT,
  STRIP_CELL_Y,
  STRIP_LABEL_WIDTH,
  STRIP_LAG_WIDTH,
  STRIP_LANE_HEIGHT,
  STRIP_LANES_Y,
  STRIP_OFFSET_LABEL_Y,
  stripHeight,
} from '../viz/stripMetrics.ts';

export interface PartitionStripProps {
  readonly partition: PartitionView;
  readonly geometry: StripGeometry;
}

export function PartitionStrip({ partition, geometry }: PartitionStripProps) {
  const width = STRIP_LABEL_WIDTH + geometry.widthPx + STRIP_LAG_WIDTH;
  // A single replica is the leader's log itself, so its row would only repeat the strip.
  const showReplicas = partition.replicas.length > 1;
  const lanes = geometry.lanes.length;
  const height = showReplicas
    ? replicatedStripHeight(lanes, partition.replicas.length)
    : stripHeight(lanes);
  const replication = layoutReplication(partition, geometry.window, geometry.widthPx);
  return (
    <svg
      className={`partition-strip${partition.leader === null ? ' offline' : ''}`}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={`Partition ${partition.id}`}
      data-partition={partition.id}
    >
      <PartitionLabel partition={partition} />
      <g transform={`translate(${STRIP_LABEL_WIDTH},0)`}>
        <RecordCells partition={partition} geometry={geometry} />
        <LogLines
          logStart={geometry.logStart}
          logEnd={geometry.logEnd}
          highWatermark={partition.highWatermark}
          replication={replication}
        />
        {geometry.lanes.map((lane, index) => (
          <GroupLaneMarks
            key={lane.groupId}
            lane={lane}
            partitionId={partition.id}
            y={STRIP_LANES_Y + index * STRIP_LANE_HEIGHT}
            lagX={geometry.widthPx + 14}
          />
        ))}
        {showReplicas && (
          <ReplicaRows
            partitionId={partition.id}
            replicas={replication.replicas}
            y={replicaRowsY(lanes)}
            statusX={geometry.widthPx + 14}
          />
        )}
      </g>
    </svg>
  );
}

function RecordCells({ partition, geometry }: PartitionStripProps) {
  const slot = geometry.slotWidthPx;
  return (
    <g className="record-cells">
      <rect
        x={0}
        y={STRIP_CELL_Y}
        width={geometry.widthPx}
        height={STRIP_CELL_HEIGHT}
        className="slot-track"
      />
      {/* Cells sit at absolute offset positions inside a group shifted by the window start, so as
          the window slides only the group's transform changes, not every cell's x. */}
      <g transform={`translate(${-geometry.window.startOffset * slot},0)`}>
        {geometry.cells.map((cell) => (
          <RecordCell
            key={cell.offset}
            offset={cell.offset}
            xPx={cell.offset * slot + 1}
            widthPx={slot - 2}
            fill={cell.fill}
            recordKey={cell.key}
            value={cell.value}
            unreadable={cell.offset >= partition.highWatermark}
          />
        ))}
        {thinOffsetLabels(geometry.offsetLabels, geometry.slotWidthPx).map((label) => (
          <text
            key={label.offset}
            x={(label.offset + 0.5) * slot}
            y={STRIP_OFFSET_LABEL_Y}
            textAnchor="middle"
            className="offset-label"
          >
            {label.offset}
          </text>
        ))}
      </g>
    </g>
  );
}
