// Keeps one metrics fold per simulation and reads its snapshot into React. Group subscriptions
// and partition ids never change during a run, so they are taken from the first world.

import { useMemo, useSyncExternalStore } from 'react';
import type { Simulation } from '../../../engine/index.ts';
import { createTraceDerivedStore } from '../traceFollower.ts';
import { createMetricsFold, type MetricsSnapshot } from './metricsFold.ts';

export function useMetrics(sim: Simulation): MetricsSnapshot {
  const store = useMemo(() => {
    const world = sim.getState();
    const groups = world.groups.map((g) => ({ id: g.id, partitions: Object.keys(g.lag).sort() }));
    const partitionIndex = new Map(world.partitions.map((p, i) => [p.id, i]));
    // Read records from the current world: everything processed so far has been appended by now.
    const recordsOf = (id: string) => {
      const i = partitionIndex.get(id);
      return i === undefined ? undefined : sim.getState().partitions[i]?.records;
    };
    return createTraceDerivedStore(sim, createMetricsFold(groups, recordsOf));
  }, [sim]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
