// Renders the real PlayerWorkspace over a real simulation and player controller with a manual
// tick source, and records every command the workspace sends, for view tests.

import { render } from '@testing-library/react';
import { createSimulation, type ScenarioModel } from '../../engine/index.ts';
import {
  createManualTickSource,
  createPlayerController,
  createPlayerStore,
  type PlayerCommand,
  type PlayerController,
} from '../../player/index.ts';
import { PlayerWorkspace } from '../components/PlayerWorkspace.tsx';
import { replicatedScenario } from './replicatedScenario.ts';

export function renderWorkspace(
  scenario: ScenarioModel = replicatedScenario(),
  views?: readonly string[],
) {
  const sim = createSimulation(scenario);
  const store = createPlayerStore();
  const ticks = createManualTickSource();
  const real = createPlayerController({
    sim,
    durationMs: scenario.durationMs,
    tickSource: ticks,
    store,
  });
  const sent: PlayerCommand[] = [];
  const controller: PlayerController = {
    ...real,
    send: (command) => {
      sent.push(command);
      real.send(command);
    },
  };
  const withViews = views === undefined ? scenario : { ...scenario, views };
  const utils = render(
    <PlayerWorkspace session={{ sim, controller }} store={store} scenario={withViews} />,
  );
  return { ...utils, sim, store, ticks, controller, sent };
}
