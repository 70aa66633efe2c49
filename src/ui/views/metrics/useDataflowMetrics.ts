// Keeps one dataflow-metrics fold per simulation and reads its snapshot into React.

import { useMemo, useSyncExternalStore } from 'react';
import type { Simulation } from '../../../engine/index.ts';
import { createTraceDerivedStore } from '../traceFollower.ts';
import { createDataflowMetricsFold, type DataflowMetricsSnapshot } from './dataflowMetricsFold.ts';

export function useDataflowMetrics(sim: Simulation): DataflowMetricsSnapshot {
  const store = useMemo(() => createTraceDerivedStore(sim, createDataflowMetricsFold()), [sim]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
