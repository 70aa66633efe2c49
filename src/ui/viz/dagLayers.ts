// Assigns the nodes of a directed acyclic graph to layers and orders each layer, for a layered
// (Sugiyama-style) drawing: a node sits one layer right of its furthest predecessor (longest-path
// layering), and each layer is sorted by the mean position of its neighbours (barycentre sweeps),
// which removes most avoidable crossings in the small graphs a dataflow has. Pure and
// deterministic: ties keep the input order.

export interface DagEdgeInput {
  readonly from: string;
  readonly to: string;
}

/** How many down-and-up barycentre sweeps to run; small graphs settle after two. */
const SWEEPS = 2;

/**
 * The layer of every node: 0 for nodes without predecessors, else one more than the furthest
 * predecessor. Edges naming unknown nodes are ignored. Nodes on a cycle (which a validated
 * dataflow never has) go one layer past every other node rather than looping forever.
 *
 * @example
 * longestPathLayers(['a', 'b', 'c'], [{ from: 'a', to: 'b' }, { from: 'a', to: 'c' }, { from: 'b', to: 'c' }]);
 * // Map { a → 0, b → 1, c → 2 }
 */
export function longestPathLayers(
  nodes: readonly string[],
  edges: readonly DagEdgeInput[],
): Map<string, number> {
  const known = new Set(nodes);
  const inside = edges.filter((e) => known.has(e.from) && known.has(e.to) && e.from !== e.to);
  const indegree = new Map(nodes.map((n) => [n, 0]));
  for (const e of inside) indegree.set(e.to, (indegree.get(e.to) ?? 0) + 1);
  const layer = new Map<string, number>();
  // Kahn's algorithm in input order, so the result never depends on Map iteration quirks.
  const ready = nodes.filter((n) => indegree.get(n) === 0);
  for (const n of ready) layer.set(n, 0);
  for (let i = 0; i < ready.length; i += 1) {
    const from = ready[i]!;
    for (const e of inside) {
      if (e.from !== from) continue;
      layer.set(e.to, Math.max(layer.get(e.to) ?? 0, (layer.get(from) ?? 0) + 1));
      const left = (indegree.get(e.to) ?? 0) - 1;
      indegree.set(e.to, left);
      if (left === 0) ready.push(e.to);
    }
  }
  const beyond = Math.max(-1, ...layer.values()) + 1;
  for (const n of nodes) if (!layer.has(n)) layer.set(n, beyond);
  return layer;
}

/**
 * Nodes grouped by layer, each layer ordered to reduce edge crossings.
 *
 * @example
 * orderedLayers(['src', 'a', 'b', 'join'], edges); // [['src'], ['a', 'b'], ['join']]
 */
export function orderedLayers(
  nodes: readonly string[],
  edges: readonly DagEdgeInput[],
): string[][] {
  const layerOf = longestPathLayers(nodes, edges);
  const count = Math.max(-1, ...layerOf.values()) + 1;
  const layers: string[][] = Array.from({ length: count }, () => []);
  for (const n of nodes) layers[layerOf.get(n) ?? 0]!.push(n);
  const preds = neighbours(edges, 'to', 'from');
  const succs = neighbours(edges, 'from', 'to');
  for (let sweep = 0; sweep < SWEEPS; sweep += 1) {
    for (let l = 1; l < count; l += 1) sortByBarycentre(layers, l, l - 1, preds);
    for (let l = count - 2; l >= 0; l -= 1) sortByBarycentre(layers, l, l + 1, succs);
  }
  return layers;
}

function neighbours(
  edges: readonly DagEdgeInput[],
  key: 'from' | 'to',
  other: 'from' | 'to',
): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const e of edges) map.set(e[key], [...(map.get(e[key]) ?? []), e[other]]);
  return map;
}

/** Sorts layer `l` by the mean index of each node's neighbours in layer `ref`; stable on ties. */
function sortByBarycentre(
  layers: string[][],
  l: number,
  ref: number,
  links: ReadonlyMap<string, readonly string[]>,
): void {
  const refIndex = new Map(layers[ref]!.map((n, i) => [n, i]));
  const keyed = layers[l]!.map((node, i) => {
    const positions = (links.get(node) ?? []).flatMap((n) => {
      const at = refIndex.get(n);
      return at === undefined ? [] : [at];
    });
    // A node without neighbours in the reference layer keeps its place.
    const centre =
      positions.length === 0 ? i : positions.reduce((a, b) => a + b, 0) / positions.length;
    return { node, centre, i };
  });
  keyed.sort((a, b) => a.centre - b.centre || a.i - b.i);
  layers[l] = keyed.map((k) => k.node);
}
