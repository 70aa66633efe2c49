// Geometry of the edges between two operators. An edge is drawn as its channels, one curve per
// pair of connected subtasks, as the engine wires them: a forward edge joins subtask i to subtask
// i, while hash and rebalance edges join every sender to every receiver, so a shuffle shows as
// crossing lines. A centre curve between the two nodes carries the label and the barrier marks.
// Pure: path strings and points; React draws them.

import { linkHorizontal, linkVertical } from 'd3';
import {
  DAG_SIZES,
  subtaskRowBox,
  type DagBox,
  type DagOrientation,
  type DagSizes,
} from './dagLayout.ts';

export type EdgeMode = 'forward' | 'hash' | 'rebalance';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface ChannelPath {
  readonly fromSubtask: number;
  readonly toSubtask: number;
  readonly source: Point;
  readonly target: Point;
  readonly d: string;
}

/** A barrier mark: a short line across every channel of the edge at one point of the way. */
export interface BarrierMark {
  readonly from: Point;
  readonly to: Point;
}

export interface EdgeGeometry {
  readonly channels: readonly ChannelPath[];
  /** The curve between the nodes' facing sides, through the middle of the channels. */
  readonly centre: { readonly source: Point; readonly target: Point; readonly d: string };
  /** Where the edge's label goes. */
  readonly labelAt: Point;
  /** Where along the curve (0 to 1) the barrier marks centre. */
  readonly marksAtT: number;
}

/**
 * Where an edge's label goes along it. Edges that fan out of one node run close together near
 * it, so their labels go `near-target`, where they have spread apart; edges that fan into one
 * node put theirs `near-source` for the same reason.
 */
export type LabelPlacement = 'middle' | 'near-target' | 'near-source';

/** Label and barrier-mark positions along the curve, by orientation and placement. */
const ALONG: Readonly<
  Record<DagOrientation, Readonly<Record<LabelPlacement, { label: number; marks: number }>>>
> = {
  // Left to right the label's lines sit above and below the curve, so marks can share its spot.
  horizontal: {
    middle: { label: 0.5, marks: 0.5 },
    'near-target': { label: 0.6, marks: 0.5 },
    'near-source': { label: 0.4, marks: 0.5 },
  },
  // Top to bottom the lines stack on the curve, so marks keep to the other end.
  vertical: {
    middle: { label: 0.3, marks: 0.74 },
    'near-target': { label: 0.72, marks: 0.3 },
    'near-source': { label: 0.28, marks: 0.74 },
  },
};

/** Most barrier marks drawn on one edge; more are summarised by the count beside them. */
export const MAX_BARRIER_MARKS = 3;

/**
 * Where subtask `subtask`'s channels leave (`out`) or enter (`in`) a node: the middle of its row
 * on the node's right or left side, or spread along the bottom or top edge in vertical layouts.
 */
export function channelAnchor(
  box: DagBox,
  subtask: number,
  side: 'out' | 'in',
  orientation: DagOrientation,
  sizes: DagSizes = DAG_SIZES,
): Point {
  if (orientation === 'horizontal') {
    const row = subtaskRowBox(box, subtask, sizes);
    return { x: side === 'out' ? box.x + box.w : box.x, y: row.y + row.h / 2 };
  }
  return {
    x: box.x + ((subtask + 0.5) * box.w) / Math.max(1, box.subtasks),
    y: side === 'out' ? box.y + box.h : box.y,
  };
}

/** The pairs of subtasks an edge connects, as the engine's plan wires its channels. */
export function channelPairs(
  mode: EdgeMode,
  fromSubtasks: number,
  toSubtasks: number,
): [number, number][] {
  const pairs: [number, number][] = [];
  for (let f = 0; f < fromSubtasks; f += 1)
    for (let t = 0; t < toSubtasks; t += 1) if (mode !== 'forward' || f === t) pairs.push([f, t]);
  return pairs;
}

/**
 * The channels, centre curve and label position of an edge.
 *
 * @example
 * edgeGeometry(srcBox, aggBox, 'hash', 'horizontal').channels.length; // src subtasks × agg subtasks
 */
export function edgeGeometry(
  from: DagBox,
  to: DagBox,
  mode: EdgeMode,
  orientation: DagOrientation,
  placement: LabelPlacement = 'middle',
  sizes: DagSizes = DAG_SIZES,
): EdgeGeometry {
  const link = linkFor(orientation);
  const channels = channelPairs(mode, from.subtasks, to.subtasks).map(([f, t]) => {
    const source = channelAnchor(from, f, 'out', orientation, sizes);
    const target = channelAnchor(to, t, 'in', orientation, sizes);
    return { fromSubtask: f, toSubtask: t, source, target, d: link({ source, target }) ?? '' };
  });
  const source = midAnchor(from, 'out', orientation, sizes);
  const target = midAnchor(to, 'in', orientation, sizes);
  return {
    channels,
    centre: { source, target, d: link({ source, target }) ?? '' },
    labelAt: pointOnLink(source, target, ALONG[orientation][placement].label, orientation),
    marksAtT: ALONG[orientation][placement].marks,
  };
}

/**
 * A point at parameter `t` (0 to 1) on the curve d3's linkHorizontal or linkVertical draws from
 * `source` to `target`: a cubic Bézier whose control points sit halfway along the main axis.
 */
export function pointOnLink(
  source: Point,
  target: Point,
  t: number,
  orientation: DagOrientation,
): Point {
  const u = 1 - t;
  const cubic = (a: number, b: number, c: number, d: number): number =>
    u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * d;
  if (orientation === 'horizontal') {
    const mx = (source.x + target.x) / 2;
    return {
      x: cubic(source.x, mx, mx, target.x),
      y: cubic(source.y, source.y, target.y, target.y),
    };
  }
  const my = (source.y + target.y) / 2;
  return { x: cubic(source.x, source.x, target.x, target.x), y: cubic(source.y, my, my, target.y) };
}

/**
 * Where to draw `count` barrier marks on an edge: at most MAX_BARRIER_MARKS, in travel order (the
 * first is nearest the receiver). A barrier goes down every channel of the edge, so each mark is
 * a line across all the channels at one point of the way, sticking out a little either side,
 * centred where the geometry keeps clear of the label.
 */
export function barrierMarks(
  geometry: EdgeGeometry,
  count: number,
  orientation: DagOrientation,
): BarrierMark[] {
  const shown = Math.min(Math.max(0, count), MAX_BARRIER_MARKS);
  const centre = geometry.marksAtT;
  return Array.from({ length: shown }, (_, i) => {
    const t = centre + ((shown - 1) / 2 - i) * MARK_SPACING;
    const points = geometry.channels.map((c) => pointOnLink(c.source, c.target, t, orientation));
    if (points.length === 0)
      points.push(pointOnLink(geometry.centre.source, geometry.centre.target, t, orientation));
    const across = (p: Point): number => (orientation === 'horizontal' ? p.y : p.x);
    const low = Math.min(...points.map(across)) - MARK_OVERHANG_PX;
    const high = Math.max(...points.map(across)) + MARK_OVERHANG_PX;
    const along = orientation === 'horizontal' ? points[0]!.x : points[0]!.y;
    return orientation === 'horizontal'
      ? { from: { x: along, y: low }, to: { x: along, y: high } }
      : { from: { x: low, y: along }, to: { x: high, y: along } };
  });
}

/** How far a barrier mark sticks out past the outermost channels, in px. */
const MARK_OVERHANG_PX = 6;

/** Spacing of barrier marks along the curve, as a share of its parameter. */
const MARK_SPACING = 0.1;

function midAnchor(
  box: DagBox,
  side: 'out' | 'in',
  orientation: DagOrientation,
  sizes: DagSizes,
): Point {
  if (orientation === 'vertical')
    return { x: box.x + box.w / 2, y: side === 'out' ? box.y + box.h : box.y };
  const rowsTop = box.y + sizes.headerPx;
  return {
    x: side === 'out' ? box.x + box.w : box.x,
    y: rowsTop + (box.subtasks * sizes.rowPx) / 2,
  };
}

function linkFor(orientation: DagOrientation) {
  const generator =
    orientation === 'horizontal'
      ? linkHorizontal<{ source: Point; target: Point }, Point>()
      : linkVertical<{ source: Point; target: Point }, Point>();
  return generator.x((p) => round1(p.x)).y((p) => round1(p.y));
}

/** Tenths of a pixel are plenty, and short path strings keep the DOM light. */
function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The label placement of each edge, in order: `near-target` for edges fanning out of a node,
 * else `near-source` for edges fanning into one, else `middle`.
 *
 * @example
 * labelPlacements([{ from: 'a', to: 'b' }, { from: 'a', to: 'c' }]); // ['near-target', 'near-target']
 */
export function labelPlacements(
  edges: readonly { readonly from: string; readonly to: string }[],
): LabelPlacement[] {
  const outs = new Map<string, number>();
  const ins = new Map<string, number>();
  for (const e of edges) {
    outs.set(e.from, (outs.get(e.from) ?? 0) + 1);
    ins.set(e.to, (ins.get(e.to) ?? 0) + 1);
  }
  return edges.map((e) =>
    (outs.get(e.from) ?? 0) > 1
      ? 'near-target'
      : (ins.get(e.to) ?? 0) > 1
        ? 'near-source'
        : 'middle',
  );
}
