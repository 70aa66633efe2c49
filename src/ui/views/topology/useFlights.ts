// Keeps one flight fold per simulation and reads its snapshot into React. Leaders are read from
// the current world, which is right for the few milliseconds a request is in the air.

import { useMemo, useSyncExternalStore } from 'react';
import type { Simulation } from '../../../engine/index.ts';
import { createTraceDerivedStore } from '../traceFollower.ts';
import { createFlightFold, type FlightsSnapshot } from './flightFold.ts';

export function useFlights(sim: Simulation): FlightsSnapshot {
  const store = useMemo(() => {
    const index = new Map(sim.getState().partitions.map((p, i) => [p.id, i]));
    const leaderOf = (partition: string): string | null => {
      const i = index.get(partition);
      return i === undefined ? null : (sim.getState().partitions[i]?.leader ?? null);
    };
    return createTraceDerivedStore(sim, createFlightFold(leaderOf));
  }, [sim]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
