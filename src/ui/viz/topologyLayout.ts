// Static geometry of the flow-topology view: producers on the left, brokers (each listing the
// partition replicas it hosts) in the middle, consumer groups with their consumers on the right.
// Positions depend only on the world's structure, never on live state, so nodes stay put while
// leaders move and groups rebalance; edges are curves between fixed anchors.

export const TOPOLOGY_WIDTH = 900;
const GAP_Y = 14;
const TOP_Y = 28;
const PRODUCER = { x: 16, w: 140, h: 40 };
const BROKER = { x: 330, w: 232, header: 28, chipW: 70, chipH: 20, chipGap: 5, perRow: 3 };
const GROUP = { x: 700, w: 184, header: 30, row: 28 };

export interface TopologyInput {
  readonly producers: readonly { readonly id: string }[];
  readonly brokers: readonly { readonly id: string }[];
  /** Each partition with the brokers holding a replica, in replica order. */
  readonly partitions: readonly { readonly id: string; readonly replicas: readonly string[] }[];
  readonly groups: readonly { readonly id: string; readonly consumers: readonly string[] }[];
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface ChipBox extends Box {
  readonly partition: string;
  readonly broker: string;
}

export interface TopologyLayout {
  readonly width: number;
  readonly height: number;
  readonly producers: ReadonlyMap<string, Box>;
  readonly brokers: ReadonlyMap<string, Box>;
  /** Key `"<broker>/<partition>"`. */
  readonly chips: ReadonlyMap<string, ChipBox>;
  readonly groups: ReadonlyMap<string, Box>;
  readonly consumers: ReadonlyMap<string, Box>;
}

/**
 * Lays out the topology's nodes.
 *
 * @example
 * const layout = layoutTopology({ producers: [{ id: 'p1' }], brokers: [{ id: 'b1' }], partitions: [], groups: [] });
 * layout.brokers.get('b1'); // { x: 330, y: 28, w: 232, h: 36 }
 */
export function layoutTopology(input: TopologyInput): TopologyLayout {
  const chips = new Map<string, ChipBox>();
  const brokers = stack(input.brokers, (broker, y) => {
    const hosted = input.partitions.filter((p) => p.replicas.includes(broker.id));
    hosted.forEach((partition, i) => {
      const col = i % BROKER.perRow;
      const row = Math.floor(i / BROKER.perRow);
      chips.set(`${broker.id}/${partition.id}`, {
        partition: partition.id,
        broker: broker.id,
        x: BROKER.x + 8 + col * (BROKER.chipW + BROKER.chipGap),
        y: y + BROKER.header + row * (BROKER.chipH + BROKER.chipGap),
        w: BROKER.chipW,
        h: BROKER.chipH,
      });
    });
    const rows = Math.ceil(hosted.length / BROKER.perRow);
    return {
      x: BROKER.x,
      w: BROKER.w,
      h: BROKER.header + rows * (BROKER.chipH + BROKER.chipGap) + 6,
    };
  });
  const producers = stack(input.producers, () => PRODUCER);
  const consumers = new Map<string, Box>();
  const groups = stack(input.groups, (group, y) => {
    group.consumers.forEach((id, i) => {
      consumers.set(id, {
        x: GROUP.x + 8,
        y: y + GROUP.header + i * GROUP.row,
        w: GROUP.w - 16,
        h: GROUP.row - 4,
      });
    });
    return { x: GROUP.x, w: GROUP.w, h: GROUP.header + group.consumers.length * GROUP.row + 4 };
  });
  const height =
    Math.max(columnBottom(producers), columnBottom(brokers), columnBottom(groups)) + GAP_Y;
  return { width: TOPOLOGY_WIDTH, height, producers, brokers, chips, groups, consumers };
}

/** Places items top to bottom in one column. */
function stack<T extends { readonly id: string }>(
  items: readonly T[],
  size: (item: T, y: number) => { readonly x: number; readonly w: number; readonly h: number },
): Map<string, Box> {
  const boxes = new Map<string, Box>();
  let y = TOP_Y;
  for (const item of items) {
    const { x, w, h } = size(item, y);
    boxes.set(item.id, { x, y, w, h });
    y += h + GAP_Y;
  }
  return boxes;
}

function columnBottom(boxes: ReadonlyMap<string, Box>): number {
  let bottom = TOP_Y;
  for (const box of boxes.values()) bottom = Math.max(bottom, box.y + box.h);
  return bottom;
}

export interface EdgeGeometry {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** SVG path: a horizontal S-curve from the right side of one box to the left side of another. */
  readonly d: string;
}

/**
 * The curve from the right middle of `from` to the left middle of `to`.
 *
 * @example
 * edgeBetween({ x: 0, y: 0, w: 10, h: 10 }, { x: 50, y: 20, w: 10, h: 10 }).d; // "M10,5C30,5 30,25 50,25"
 */
export function edgeBetween(from: Box, to: Box): EdgeGeometry {
  const x1 = from.x + from.w;
  const y1 = from.y + from.h / 2;
  const x2 = to.x;
  const y2 = to.y + to.h / 2;
  const mx = (x1 + x2) / 2;
  return { x1, y1, x2, y2, d: `M${x1},${y1}C${mx},${y1} ${mx},${y2} ${x2},${y2}` };
}

/**
 * The point a fraction `t` (0..1) along an edge's curve.
 *
 * @example
 * pointOnEdge(edgeBetween(a, b), 0.5); // the curve's midpoint
 */
export function pointOnEdge(
  edge: EdgeGeometry,
  t: number,
): { readonly x: number; readonly y: number } {
  const u = 1 - t;
  const mx = (edge.x1 + edge.x2) / 2;
  // Cubic Bézier with control points (mx, y1) and (mx, y2), as drawn by `edgeBetween`.
  const x = u * u * u * edge.x1 + 3 * u * u * t * mx + 3 * u * t * t * mx + t * t * t * edge.x2;
  const y =
    u * u * u * edge.y1 + 3 * u * u * t * edge.y1 + 3 * u * t * t * edge.y2 + t * t * t * edge.y2;
  return { x, y };
}
