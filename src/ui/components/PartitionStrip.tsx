// Draws one partition's log: its record cells at their offsets, the log-start and log-end
// boundaries, and a lane per consumer group with consumer positions, the committed offset and lag.

import type { PartitionView } from '../../engine/index.ts';
import type { GroupLane, OffsetMarker, StripGeometry } from '../viz/partitionLayout.ts';
import {
  STRIP_CELL_HEIGHT,
  STRIP_CELL_Y,
  STRIP_LABEL_WIDTH,
  STRIP_LAG_WIDTH,
  STRIP_LANE_HEIGHT,
  STRIP_LANES_Y,
  STRIP_MARKER_LABEL_Y,
  STRIP_OFFSET_LABEL_Y,
  stripHeight,
} from '../viz/stripMetrics.ts';
import { OffsetMarkerMark } from './OffsetMarkerMark.tsx';

export interface PartitionStripProps {
  readonly partition: PartitionView;
  readonly geometry: StripGeometry;
}

export function PartitionStrip({ partition, geometry }: PartitionStripProps) {
  const width = STRIP_LABEL_WIDTH + geometry.widthPx + STRIP_LAG_WIDTH;
  const height = stripHeight(geometry.lanes.length);
  const slot = geometry.slotWidthPx;
  return (
    <svg
      className="partition-strip"
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={`Partition ${partition.id}`}
    >
      <text x={0} y={STRIP_CELL_Y + 17} className="partition-label">
        {partition.id}
      </text>
      <text x={0} y={STRIP_CELL_Y + 32} className="partition-sub">
        leader {partition.leader}
      </text>
      <g transform={`translate(${STRIP_LABEL_WIDTH},0)`}>
        <rect
          x={0}
          y={STRIP_CELL_Y}
          width={geometry.widthPx}
          height={STRIP_CELL_HEIGHT}
          className="slot-track"
        />
        {geometry.cells.map((cell) => (
          <rect
            key={cell.offset}
            data-testid="record-cell"
            data-offset={cell.offset}
            x={cell.xPx + 1}
            y={STRIP_CELL_Y + 1}
            width={slot - 2}
            height={STRIP_CELL_HEIGHT - 2}
            rx={2}
            fill={cell.fill}
          >
            <title>{`offset ${cell.offset} · key ${cell.key ?? 'null'} · ${cell.value}`}</title>
          </rect>
        ))}
        {geometry.offsetLabels.map((label) => (
          <text
            key={label.offset}
            x={label.xPx}
            y={STRIP_OFFSET_LABEL_Y}
            textAnchor="middle"
            className="offset-label"
          >
            {label.offset}
          </text>
        ))}
        <LogBoundary marker={geometry.logStart} kind="start" />
        <LogBoundary marker={geometry.logEnd} kind="end" />
        {geometry.lanes.map((lane, index) => (
          <LaneMarks
            key={lane.groupId}
            lane={lane}
            partitionId={partition.id}
            y={STRIP_LANES_Y + index * STRIP_LANE_HEIGHT}
            lagX={geometry.widthPx + 14}
          />
        ))}
      </g>
    </svg>
  );
}

function LogBoundary({
  marker,
  kind,
}: {
  readonly marker: OffsetMarker;
  readonly kind: 'start' | 'end';
}) {
  // The start label sits left of its line and the end label right of it, so they never collide.
  const labelX = kind === 'start' ? marker.xPx - 3 : marker.xPx + 3;
  const text = marker.side === 'inside' ? marker.label : `◀ ${marker.label}`;
  return (
    <g
      data-testid={`log-${kind}-marker`}
      data-offset={marker.offset}
      aria-label={`log ${kind} offset ${marker.offset}`}
    >
      <line
        x1={marker.xPx}
        x2={marker.xPx}
        y1={STRIP_MARKER_LABEL_Y - 10}
        y2={STRIP_CELL_Y + STRIP_CELL_HEIGHT + 2}
        className={`log-${kind}-line`}
      />
      <text
        x={labelX}
        y={STRIP_MARKER_LABEL_Y}
        textAnchor={kind === 'start' ? 'end' : 'start'}
        className="boundary-label"
      >
        {text}
      </text>
    </g>
  );
}

interface LaneMarksProps {
  readonly lane: GroupLane;
  readonly partitionId: string;
  readonly y: number;
  readonly lagX: number;
}

function LaneMarks({ lane, partitionId, y, lagX }: LaneMarksProps) {
  return (
    <g className="group-lane" data-group={lane.groupId}>
      <text x={-8} y={y + 13} textAnchor="end" className="lane-label">
        {lane.groupId}
      </text>
      {lane.positions.map((marker) => (
        <OffsetMarkerMark
          key={marker.id}
          marker={marker}
          shape="triangle"
          y={y + 9}
          testId="consumer-marker"
          partitionId={partitionId}
          description={`consumer ${marker.id} position ${marker.offset} on ${partitionId}`}
        />
      ))}
      {lane.committed !== null && (
        <OffsetMarkerMark
          marker={lane.committed}
          shape="diamond"
          y={y + 26}
          testId="committed-marker"
          partitionId={partitionId}
          description={`group ${lane.groupId} committed offset ${lane.committed.offset} on ${partitionId}`}
        />
      )}
      {lane.lag !== null && (
        <text x={lagX} y={y + 17} className="lag-label" data-testid="lag-label">
          lag {lane.lag}
        </text>
      )}
    </g>
  );
}
