// Keeps one checkpoint-and-failure fold per simulation and reads its snapshot into React.

import { useMemo, useSyncExternalStore } from 'react';
import type { Simulation } from '../../../engine/index.ts';
import { createTraceDerivedStore } from '../traceFollower.ts';
import { createDagEventsFold, type DagEventsSnapshot } from './dagEventsFold.ts';

export function useDagEvents(sim: Simulation): DagEventsSnapshot {
  const store = useMemo(() => createTraceDerivedStore(sim, createDagEventsFold()), [sim]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
