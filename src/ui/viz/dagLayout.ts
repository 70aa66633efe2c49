// Positions of a dataflow's operators: layers from dagLayers.ts become columns (left to right) or,
// on narrow screens, rows (top to bottom). Each node is a header above one row per parallel
// subtask, so its height grows with its parallelism. Positions depend only on the graph's
// structure, never on live state, so nodes stay put while the job runs. Pure: React draws boxes.

import { orderedLayers, type DagEdgeInput } from './dagLayers.ts';

export type DagOrientation = 'horizontal' | 'vertical';

export interface DagSizes {
  readonly nodeWidthPx: number;
  /** Kind and id, detail, watermark: the lines above the subtask rows. */
  readonly headerPx: number;
  readonly rowPx: number;
  readonly footerPx: number;
  /** Space between layers, where edges, their labels and barrier marks go. */
  readonly layerGapPx: number;
  /** The same top to bottom, where labels stack along the edge rather than beside it. */
  readonly verticalLayerGapPx: number;
  readonly nodeGapPx: number;
  readonly marginPx: number;
}

export const DAG_SIZES: DagSizes = {
  nodeWidthPx: 200,
  headerPx: 58,
  rowPx: 22,
  footerPx: 6,
  layerGapPx: 104,
  verticalLayerGapPx: 100,
  nodeGapPx: 24,
  marginPx: 12,
};

export interface DagNodeInput {
  readonly id: string;
  readonly subtasks: number;
}

export interface DagBox {
  readonly id: string;
  readonly layer: number;
  readonly subtasks: number;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface DagLayout {
  readonly orientation: DagOrientation;
  readonly sizes: DagSizes;
  readonly width: number;
  readonly height: number;
  readonly layers: readonly (readonly string[])[];
  readonly nodes: ReadonlyMap<string, DagBox>;
}

/** The height of a node with `subtasks` rows. */
export function nodeHeight(subtasks: number, sizes: DagSizes = DAG_SIZES): number {
  return sizes.headerPx + Math.max(1, subtasks) * sizes.rowPx + sizes.footerPx;
}

/**
 * Lays the graph out in layers; within a layer nodes are centred on the widest (or tallest) layer.
 *
 * @example
 * const layout = layoutDag([{ id: 'src', subtasks: 2 }, { id: 'out', subtasks: 1 }], [{ from: 'src', to: 'out' }]);
 * layout.nodes.get('out')!.x > layout.nodes.get('src')!.x; // true
 */
export function layoutDag(
  nodes: readonly DagNodeInput[],
  edges: readonly DagEdgeInput[],
  orientation: DagOrientation = 'horizontal',
  sizes: DagSizes = DAG_SIZES,
): DagLayout {
  const subtasksOf = new Map(nodes.map((n) => [n.id, Math.max(1, n.subtasks)]));
  const layers = orderedLayers(
    nodes.map((n) => n.id),
    edges,
  );
  const w = sizes.nodeWidthPx;
  const gap = orientation === 'horizontal' ? sizes.layerGapPx : sizes.verticalLayerGapPx;
  const heights = layers.map((layer) =>
    layer.map((id) => nodeHeight(subtasksOf.get(id) ?? 1, sizes)),
  );
  // Along the layer axis each layer takes the node width (horizontal) or its tallest node (vertical).
  const depth = heights.map((hs) => (orientation === 'horizontal' ? w : Math.max(0, ...hs)));
  // Across it, a layer's nodes stack with gaps between them.
  const breadth = heights.map((hs) =>
    orientation === 'horizontal'
      ? sum(hs) + sizes.nodeGapPx * Math.max(0, hs.length - 1)
      : w * hs.length + sizes.nodeGapPx * Math.max(0, hs.length - 1),
  );
  const maxBreadth = Math.max(0, ...breadth);
  const boxes = new Map<string, DagBox>();
  let along = sizes.marginPx;
  layers.forEach((layer, l) => {
    let across = sizes.marginPx + (maxBreadth - (breadth[l] ?? 0)) / 2;
    layer.forEach((id, i) => {
      const h = heights[l]?.[i] ?? 0;
      const subtasks = subtasksOf.get(id) ?? 1;
      boxes.set(
        id,
        orientation === 'horizontal'
          ? { id, layer: l, subtasks, x: along, y: across, w, h }
          : { id, layer: l, subtasks, x: across, y: along, w, h },
      );
      across += (orientation === 'horizontal' ? h : w) + sizes.nodeGapPx;
    });
    along += (depth[l] ?? 0) + gap;
  });
  const length = sum(depth) + gap * Math.max(0, layers.length - 1) + 2 * sizes.marginPx;
  const cross = maxBreadth + 2 * sizes.marginPx;
  return {
    orientation,
    sizes,
    width: orientation === 'horizontal' ? length : cross,
    height: orientation === 'horizontal' ? cross : length,
    layers,
    nodes: boxes,
  };
}

/** The box of subtask row `subtask` inside a node. */
export function subtaskRowBox(
  box: DagBox,
  subtask: number,
  sizes: DagSizes = DAG_SIZES,
): { readonly x: number; readonly y: number; readonly w: number; readonly h: number } {
  return { x: box.x, y: box.y + sizes.headerPx + subtask * sizes.rowPx, w: box.w, h: sizes.rowPx };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Below this scale the node text gets too small to read, so the drawing scrolls instead. */
export const MIN_DAG_SCALE = 0.8;

/** A small graph grows up to this scale to use a wide panel, so its text is easier to read. */
export const MAX_DAG_SCALE = 1.15;

/**
 * Picks the layout for a container. Left to right when it fits at a readable scale (at least
 * MIN_DAG_SCALE); otherwise top to bottom when that fits, since a page scrolls down naturally
 * while a graph cut off at the side hides operators; when neither fits, whichever overflows less,
 * drawn at MIN_DAG_SCALE in a panel that scrolls sideways. Returns the width to draw at: the
 * container's, but never beyond MAX_DAG_SCALE of natural size nor below MIN_DAG_SCALE of it. An
 * unmeasured container (width 0) gets the natural left-to-right drawing.
 *
 * @example
 * fitDag(nodes, edges, 360).layout.orientation; // 'vertical' for a chain of four operators
 */
export function fitDag(
  nodes: readonly DagNodeInput[],
  edges: readonly DagEdgeInput[],
  containerWidthPx: number,
  sizes: DagSizes = DAG_SIZES,
): { readonly layout: DagLayout; readonly widthPx: number } {
  const horizontal = layoutDag(nodes, edges, 'horizontal', sizes);
  if (containerWidthPx <= 0) return { layout: horizontal, widthPx: horizontal.width };
  const widthFor = (layout: DagLayout): number =>
    Math.min(
      layout.width * MAX_DAG_SCALE,
      Math.max(containerWidthPx, layout.width * MIN_DAG_SCALE),
    );
  const overflow = (layout: DagLayout): number => widthFor(layout) - containerWidthPx;
  if (overflow(horizontal) <= 0) return { layout: horizontal, widthPx: widthFor(horizontal) };
  const vertical = layoutDag(nodes, edges, 'vertical', sizes);
  const layout = overflow(vertical) < overflow(horizontal) ? vertical : horizontal;
  return { layout, widthPx: widthFor(layout) };
}
