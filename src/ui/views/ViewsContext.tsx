// What every view of one workspace shares: the highlight store, the scenario being played (for
// configuration), the simulation (for the trace) and the controller's command sender (for seeks).
// Views outside a workspace, such as in component tests, get a harmless default.

import { createContext, useContext, useMemo, useState } from 'react';
import type { ScenarioModel, Simulation } from '../../engine/index.ts';
import type { PlayerCommand } from '../../player/index.ts';
import { createHighlightStore, type HighlightStore } from './highlightStore.ts';

export interface ViewsShared {
  readonly highlight: HighlightStore;
  readonly scenario: ScenarioModel | null;
  readonly sim: Simulation | null;
  readonly send: (command: PlayerCommand) => void;
}

const FALLBACK: ViewsShared = {
  highlight: createHighlightStore(),
  scenario: null,
  sim: null,
  send: () => {},
};

export const ViewsContext = createContext<ViewsShared>(FALLBACK);

export function useViewsShared(): ViewsShared {
  return useContext(ViewsContext);
}

/**
 * The value a workspace (the sandbox's or an embed's) provides to its views: a highlight store of
 * its own, kept for the workspace's lifetime, with the scenario, simulation and command sender.
 *
 * @example
 * const shared = useWorkspaceShared(scenario, sim, controller.send);
 * <ViewsContext.Provider value={shared}>…</ViewsContext.Provider>
 */
export function useWorkspaceShared(
  scenario: ScenarioModel | null,
  sim: Simulation,
  send: (command: PlayerCommand) => void,
): ViewsShared {
  const [highlight] = useState(createHighlightStore);
  return useMemo(() => ({ highlight, scenario, sim, send }), [highlight, scenario, sim, send]);
}
