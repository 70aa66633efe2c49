// The geometry of one dataflow's graph: boxes for its operators, the orientation that fits the
// panel, and where each edge's label goes. It is a hook of its own because it is memoised on the
// graph's structure rather than on the dataflow, which changes every frame.

import { useMemo } from 'react';
import type { DataflowView } from '../../../engine/index.ts';
import { labelPlacements } from '../../viz/dagEdges.ts';
import { fitDag } from '../../viz/dagLayout.ts';
import { dagStructureKey, type DagStructure } from './dagModel.ts';

/** The layout of `dataflow` fitted to `containerWidthPx` (0 when not measured yet). */
export function useDagLayout(dataflow: DataflowView, containerWidthPx: number) {
  const key = dagStructureKey(dataflow);
  return useMemo(() => {
    const structure = JSON.parse(key) as DagStructure;
    return {
      ...fitDag(structure.nodes, structure.edges, containerWidthPx),
      placements: labelPlacements(structure.edges),
    };
  }, [key, containerWidthPx]);
}
