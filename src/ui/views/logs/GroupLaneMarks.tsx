// One consumer group's lane on a partition strip: its consumers' positions (triangles), its
// committed offset (diamond) and its lag. Markers are buttons that highlight their entity.

import type { GroupLane } from '../../viz/partitionLayout.ts';
import { OffsetMarkerMark } from '../../components/OffsetMarkerMark.tsx';

export interface GroupLaneMarksProps {
  readonly lane: GroupLane;
  readonly partitionId: string;
  readonly y: number;
  readonly lagX: number;
}

export function GroupLaneMarks({ lane, partitionId, y, lagX }: GroupLaneMarksProps) {
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
          entity={{ kind: 'consumer', id: marker.id }}
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
          entity={{ kind: 'group', id: lane.groupId }}
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
