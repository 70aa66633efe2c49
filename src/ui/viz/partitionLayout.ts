// Computes the geometry of one partition strip: record cells, offset labels, log-start and
// log-end markers, and one lane per consumer group with its consumers' positions and its committed
// offset. Pure data in, numbers out; React draws it. Markers off-window are pinned to the edge.

import { scaleLinear } from 'd3';
import type { ConsumerView, GroupView, PartitionView } from '../../engine/index.ts';
import { keyFill } from './palettes.ts';
import { logWindow, windowSide, type LogWindow, type WindowSide } from './logWindow.ts';

export interface StripOptions {
  readonly slotCount: number;
  readonly slotWidthPx: number;
}

/** Room a marker label needs to its right before it would leave the strip. */
export const LABEL_ROOM_PX = 110;

export const DEFAULT_STRIP_OPTIONS: StripOptions = { slotCount: 40, slotWidthPx: 22 };

export interface CellGeometry {
  readonly offset: number;
  readonly xPx: number;
  readonly key: string | null;
  readonly value: string;
  readonly fill: string;
}

export interface OffsetMarker {
  readonly id: string;
  readonly label: string;
  readonly offset: number;
  /** Boundary x: the left edge of the slot for `offset`, pinned to the window when off it. */
  readonly xPx: number;
  readonly side: WindowSide;
  /** Which side of the marker its label goes, so labels near the right edge stay inside. */
  readonly labelSide: 'left' | 'right';
  readonly colour: string;
}

export interface GroupLane {
  readonly groupId: string;
  readonly positions: readonly OffsetMarker[];
  readonly committed: OffsetMarker | null;
  readonly lag: number | null;
}

export interface StripGeometry {
  readonly window: LogWindow;
  readonly widthPx: number;
  readonly slotWidthPx: number;
  readonly cells: readonly CellGeometry[];
  readonly offsetLabels: readonly { readonly offset: number; readonly xPx: number }[];
  readonly logStart: OffsetMarker;
  readonly logEnd: OffsetMarker;
  readonly lanes: readonly GroupLane[];
}

/** Labels every offset when slots are wide enough to hold the digits, else every 5th or 10th. */
export function offsetLabelStep(slotWidthPx: number): number {
  if (slotWidthPx >= 22) return 1;
  return slotWidthPx >= 11 ? 5 : 10;
}

/**
 * Lays out one partition strip for the world's consumers and groups.
 *
 * @example
 * const strip = layoutPartitionStrip(world.partitions[0], world.consumers, world.groups, colours);
 * strip.lanes[0].positions[0].xPx; // where c1's fetch position sits
 */
export function layoutPartitionStrip(
  partition: PartitionView,
  consumers: readonly ConsumerView[],
  groups: readonly GroupView[],
  consumerColours: ReadonlyMap<string, string>,
  options: StripOptions = DEFAULT_STRIP_OPTIONS,
): StripGeometry {
  const window = logWindow(partition.logStartOffset, partition.logEndOffset, options.slotCount);
  const widthPx = options.slotCount * options.slotWidthPx;
  const x = scaleLinear().domain([window.startOffset, window.endOffset]).range([0, widthPx]);
  const marker = (id: string, label: string, offset: number, colour: string): OffsetMarker => {
    const side = windowSide(window, offset);
    const pinned =
      side === 'before' ? window.startOffset : side === 'after' ? window.endOffset : offset;
    const xPx = x(pinned);
    const labelSide = xPx > widthPx - LABEL_ROOM_PX ? 'left' : 'right';
    return { id, label, offset, xPx, side, labelSide, colour };
  };
  // Entry o of `records` holds offset o, so the window is read by index, never by scanning.
  const cells = [];
  for (let offset = window.startOffset; offset < window.endOffset; offset += 1) {
    const record = partition.records[offset];
    if (!record) continue;
    cells.push({
      offset,
      xPx: x(offset),
      key: record.key,
      value: record.value ?? '(tombstone)',
      fill: keyFill(record.key),
    });
  }
  const labelStep = offsetLabelStep(options.slotWidthPx);
  const offsetLabels = [];
  for (let offset = window.startOffset; offset < window.endOffset; offset += 1) {
    if (offset % labelStep === 0 || offset === window.startOffset)
      offsetLabels.push({ offset, xPx: x(offset + 0.5) });
  }
  const lanes = groups
    .filter((group) => groupTouchesPartition(group, consumers, partition.id))
    .map((group) => layoutGroupLane(group, consumers, partition.id, consumerColours, marker));
  return {
    window,
    widthPx,
    slotWidthPx: options.slotWidthPx,
    cells,
    offsetLabels,
    logStart: marker(
      'log-start',
      `start ${partition.logStartOffset}`,
      partition.logStartOffset,
      '#555555',
    ),
    logEnd: marker('log-end', `end ${partition.logEndOffset}`, partition.logEndOffset, '#222222'),
    lanes,
  };
}

type MarkerFactory = (id: string, label: string, offset: number, colour: string) => OffsetMarker;

function layoutGroupLane(
  group: GroupView,
  consumers: readonly ConsumerView[],
  partitionId: string,
  consumerColours: ReadonlyMap<string, string>,
  marker: MarkerFactory,
): GroupLane {
  const positions = consumers
    .filter(
      (consumer) => consumer.group === group.id && consumer.positions[partitionId] !== undefined,
    )
    .map((consumer) => {
      const offset = consumer.positions[partitionId] ?? 0;
      return marker(
        consumer.id,
        `${consumer.id} @${offset}`,
        offset,
        consumerColours.get(consumer.id) ?? '#000000',
      );
    });
  const committedOffset = group.committed[partitionId];
  const committed =
    committedOffset === undefined
      ? null
      : marker(`${group.id}-committed`, `committed ${committedOffset}`, committedOffset, '#333333');
  return { groupId: group.id, positions, committed, lag: group.lag[partitionId] ?? null };
}

function groupTouchesPartition(
  group: GroupView,
  consumers: readonly ConsumerView[],
  partitionId: string,
): boolean {
  if (partitionId in group.lag || partitionId in group.committed) return true;
  return consumers.some(
    (consumer) => consumer.group === group.id && partitionId in consumer.positions,
  );
}
