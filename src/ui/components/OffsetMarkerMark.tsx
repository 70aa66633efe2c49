// One labelled marker on a partition strip: a consumer's position (triangle) or a group's
// committed offset (diamond). Markers pinned to a window edge point off-screen with an arrow.
// Each is a button that highlights its consumer or group in every view.

import type { EntityRef } from '../views/highlightStore.ts';
import { useEntityButton } from '../views/useEntityButton.ts';
import type { OffsetMarker } from '../viz/partitionLayout.ts';

export interface OffsetMarkerMarkProps {
  readonly marker: OffsetMarker;
  readonly shape: 'triangle' | 'diamond';
  readonly y: number;
  readonly testId: string;
  readonly partitionId: string;
  readonly description: string;
  readonly entity: EntityRef;
}

const SHAPES = {
  triangle: 'M0,-6 L6,5 L-6,5 Z',
  diamond: 'M0,-6 L6,0 L0,6 L-6,0 Z',
} as const;

export function OffsetMarkerMark({
  marker,
  shape,
  y,
  testId,
  partitionId,
  description,
  entity,
}: OffsetMarkerMarkProps) {
  const { props, highlighted } = useEntityButton(entity.kind, entity.id, description);
  const label =
    marker.side === 'before'
      ? `◀ ${marker.label}`
      : marker.side === 'after'
        ? `${marker.label} ▶`
        : marker.label;
  const anchor = marker.labelSide === 'left' ? 'end' : 'start';
  const labelX = marker.labelSide === 'left' ? -9 : 9;
  return (
    <g
      {...props}
      className={`offset-marker${highlighted ? ' highlighted' : ''}`}
      transform={`translate(${marker.xPx},${y})`}
      data-testid={testId}
      data-id={marker.id}
      data-partition={partitionId}
      data-offset={marker.offset}
    >
      <line y1={-26} y2={-6} stroke={marker.colour} strokeWidth={1} strokeDasharray="2 2" />
      {highlighted && <circle r={8} className="marker-halo" />}
      <path d={SHAPES[shape]} fill={marker.colour} stroke="#ffffff" strokeWidth={1} />
      <text x={labelX} y={4} textAnchor={anchor} fill={marker.colour} className="marker-label">
        {label}
      </text>
    </g>
  );
}
