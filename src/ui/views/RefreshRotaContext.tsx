// Gives each panel of a workspace its member of the workspace's refresh rota (refreshRota.ts).
// Outside a workspace with a rota (component tests, a view rendered alone) a panel sees the
// simulation itself and refreshes on every change.

import { createContext, useContext, useMemo } from 'react';
import type { Simulation } from '../../engine/index.ts';
import type { RefreshRota } from './refreshRota.ts';

export const RefreshRotaContext = createContext<RefreshRota | null>(null);

/**
 * The simulation as this panel should read it: the panel's member of the rota, or `sim`.
 *
 * @example
 * const panelSim = usePanelSim(sim);
 * const world = useWorldView(panelSim);
 */
export function usePanelSim(sim: Simulation): Simulation {
  const rota = useContext(RefreshRotaContext);
  // A member is plain data until something subscribes to it, so making one in render is safe.
  return useMemo(() => rota?.join() ?? sim, [rota, sim]);
}
