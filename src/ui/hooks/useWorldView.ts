// Reads the simulation's WorldView into React. The simulation returns the same object until it
// moves, which is exactly what useSyncExternalStore needs to skip needless renders.

import { useCallback, useSyncExternalStore } from 'react';
import type { Simulation, WorldView } from '../../engine/index.ts';

export function useWorldView(sim: Simulation): WorldView {
  const subscribe = useCallback((listener: () => void) => sim.subscribe(listener), [sim]);
  const getSnapshot = useCallback(() => sim.getState(), [sim]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
