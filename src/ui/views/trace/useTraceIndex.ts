// Reads the filtered trace index for the trace table. The fold and its store live as long as the
// simulation; a new filter refolds from the start of the trace.

import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Simulation } from '../../../engine/index.ts';
import { createTraceDerivedStore } from '../traceFollower.ts';
import type { TraceFilter } from './traceFilter.ts';
import { createTraceIndexFold, type TraceIndexSnapshot } from './traceIndexFold.ts';

export function useTraceIndex(sim: Simulation, filter: TraceFilter): TraceIndexSnapshot {
  const { fold, store } = useMemo(() => {
    const indexFold = createTraceIndexFold();
    return { fold: indexFold, store: createTraceDerivedStore(sim, indexFold) };
  }, [sim]);
  useEffect(() => {
    fold.setFilter(filter);
    store.invalidate();
  }, [fold, store, filter]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
