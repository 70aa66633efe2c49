// What every view of one workspace shares: the highlight store, the scenario being played (for
// configuration), the simulation (for the trace) and the controller's command sender (for seeks).
// Views outside a workspace, such as in component tests, get a harmless default.

import { createContext, useContext } from 'react';
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
