// Geometry for the replication layer of a partition strip: the high-watermark marker, the labels
// of the log-start, high-watermark and log-end lines (merged when they would collide), and one bar
// per replica whose right end is that replica's log end on the strip's own offset scale, so a
// lagging follower visibly stops short of the leader. Pure numbers; React draws them.

import { scaleLinear } from 'd3';
import type { PartitionView } from '../../engine/index.ts';
import { windowSide, type LogWindow, type WindowSide } from './logWindow.ts';
import { STRIP_LANE_HEIGHT, STRIP_LANES_Y } from './stripMetrics.ts';

/** Height of one replica row under the group lanes. */
export const REPLICA_ROW_HEIGHT = 17;
/** Rough width of one label character at 11 px, used only to keep labels apart. */
const LABEL_CHAR_PX = 6.5;

export interface BoundaryLabel {
  readonly text: string;
  readonly xPx: number;
  readonly anchor: 'start' | 'end';
}

export interface ReplicaBar {
  readonly broker: string;
  readonly logEndOffset: number;
  /** Right end of the bar: the replica's log end on the strip's scale, pinned to the window. */
  readonly endXPx: number;
  readonly side: WindowSide;
  readonly inSync: boolean;
  readonly isLeader: boolean;
  readonly brokerUp: boolean;
  /** Records the replica is missing compared with the leader. */
  readonly behindRecords: number;
}

export interface ReplicationGeometry {
  readonly highWatermarkXPx: number;
  readonly highWatermarkSide: WindowSide;
  readonly labels: readonly BoundaryLabel[];
  readonly replicas: readonly ReplicaBar[];
}

/**
 * Lays out the high watermark, boundary labels and replica bars for a strip's window.
 *
 * @example
 * const geo = layoutReplication(partition, strip.window, strip.widthPx);
 * geo.replicas.find((r) => !r.inSync)?.endXPx; // where the stale follower's log ends
 */
export function layoutReplication(
  partition: PartitionView,
  window: LogWindow,
  widthPx: number,
): ReplicationGeometry {
  const x = scaleLinear().domain([window.startOffset, window.endOffset]).range([0, widthPx]);
  const pinnedX = (offset: number): { xPx: number; side: WindowSide } => {
    const side = windowSide(window, offset);
    const at =
      side === 'before' ? window.startOffset : side === 'after' ? window.endOffset : offset;
    return { xPx: x(at), side };
  };
  const hw = pinnedX(partition.highWatermark);
  const start = pinnedX(partition.logStartOffset);
  const end = pinnedX(partition.logEndOffset);
  const leaderEnd = partition.logEndOffset;
  return {
    highWatermarkXPx: hw.xPx,
    highWatermarkSide: hw.side,
    labels: boundaryLabels(partition, start, hw, end),
    replicas: partition.replicas.map((replica) => {
      const at = pinnedX(replica.logEndOffset);
      return {
        broker: replica.broker,
        logEndOffset: replica.logEndOffset,
        endXPx: at.xPx,
        side: at.side,
        inSync: replica.inSync,
        isLeader: replica.isLeader,
        brokerUp: replica.brokerUp,
        behindRecords: Math.max(0, leaderEnd - replica.logEndOffset),
      };
    }),
  };
}

interface Pinned {
  readonly xPx: number;
  readonly side: WindowSide;
}

/**
 * Start sits left of its line and end right of its line. The high watermark goes right of its
 * line, or left when the end label is too close, or merges into the end label when both sides
 * are crowded (a log only a few slots long), so no two labels ever overlap.
 */
export function boundaryLabels(
  partition: Pick<PartitionView, 'logStartOffset' | 'highWatermark' | 'logEndOffset'>,
  start: Pinned,
  hw: Pinned,
  end: Pinned,
): BoundaryLabel[] {
  const arrow = (pin: Pinned, text: string): string => (pin.side === 'before' ? `◀ ${text}` : text);
  const startLabel: BoundaryLabel = {
    text: arrow(start, `start ${partition.logStartOffset}`),
    xPx: start.xPx - 3,
    anchor: 'end',
  };
  const hwText = arrow(hw, `HW ${partition.highWatermark}`);
  const endText = `end ${partition.logEndOffset}`;
  if (partition.highWatermark === partition.logEndOffset)
    return [startLabel, { text: `${endText} = HW`, xPx: end.xPx + 3, anchor: 'start' }];
  const endLabel: BoundaryLabel = { text: endText, xPx: end.xPx + 3, anchor: 'start' };
  const hwWidth = hwText.length * LABEL_CHAR_PX + 6;
  if (end.xPx - hw.xPx > hwWidth)
    return [startLabel, { text: hwText, xPx: hw.xPx + 3, anchor: 'start' }, endLabel];
  if (hw.xPx - start.xPx > hwWidth)
    return [startLabel, { text: hwText, xPx: hw.xPx - 3, anchor: 'end' }, endLabel];
  return [
    startLabel,
    { text: `${endText} · HW ${partition.highWatermark}`, xPx: end.xPx + 3, anchor: 'start' },
  ];
}

/** Top of the replica rows of a strip with `laneCount` group lanes. */
export function replicaRowsY(laneCount: number): number {
  return STRIP_LANES_Y + laneCount * STRIP_LANE_HEIGHT + 4;
}

/** Height of a strip with its group lanes and `replicaRows` replica rows. */
export function replicatedStripHeight(laneCount: number, replicaRows: number): number {
  return replicaRowsY(laneCount) + replicaRows * REPLICA_ROW_HEIGHT + 4;
}
