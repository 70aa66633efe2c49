// Creates the sandbox session (simulation, player controller, branches) for a scenario and
// disposes of it when the scenario changes or the player leaves the screen. A failure to create
// it is rethrown during render so the nearest error boundary shows it.

import { useEffect, useState } from 'react';
import type { ScenarioModel, Simulation } from '../../engine/index.ts';
import {
  createSandboxSession,
  type PlayerController,
  type PlayerStore,
  type SandboxSession,
  type SimulationFactory,
  type TickSource,
} from '../../player/index.ts';
import type { SessionLinkState } from '../url/sessionLink.ts';

export type { SimulationFactory };
export type TickSourceFactory = () => TickSource;

/** What the workspace needs: the simulation on screen and the controller playing it. */
export interface PlayerSession {
  readonly sim: Simulation;
  readonly controller: PlayerController;
}

export function usePlayerSession(
  scenario: ScenarioModel,
  createSimulation: SimulationFactory,
  createTickSource: TickSourceFactory,
  store: PlayerStore,
  start: SessionLinkState | null,
): SandboxSession | null {
  const [session, setSession] = useState<SandboxSession | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  useEffect(() => {
    let created: SandboxSession;
    try {
      created = createSandboxSession({
        scenario,
        createSimulation,
        tickSource: createTickSource(),
        store,
        ...(start === null
          ? {}
          : { seed: start.seed, interventions: start.interventions, position: start.position }),
      });
    } catch (error) {
      setFailure(error instanceof Error ? error : new Error(String(error)));
      return undefined;
    }
    setSession(created);
    return () => created.dispose();
  }, [scenario, createSimulation, createTickSource, store, start]);
  if (failure !== null) throw failure;
  return session;
}
