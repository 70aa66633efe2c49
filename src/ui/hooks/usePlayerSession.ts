// Creates a simulation and its player controller for a scenario, and disposes of them when the
// scenario changes or the player leaves the screen. A failure to create them is rethrown during
// render so the nearest error boundary shows it.

import { useEffect, useState } from 'react';
import type { ScenarioModel, Simulation, SimulationOptions } from '../../engine/index.ts';
import {
  createPlayerController,
  type PlayerController,
  type PlayerStore,
  type TickSource,
} from '../../player/index.ts';

export type SimulationFactory = (
  scenario: ScenarioModel,
  options?: SimulationOptions,
) => Simulation;
export type TickSourceFactory = () => TickSource;

export interface PlayerSession {
  readonly sim: Simulation;
  readonly controller: PlayerController;
}

export function usePlayerSession(
  scenario: ScenarioModel,
  createSimulation: SimulationFactory,
  createTickSource: TickSourceFactory,
  store: PlayerStore,
): PlayerSession | null {
  const [session, setSession] = useState<PlayerSession | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  useEffect(() => {
    let created: PlayerSession;
    try {
      const sim = createSimulation(scenario);
      const speed = store.getState().speed;
      const controller = createPlayerController({
        sim,
        durationMs: scenario.durationMs,
        tickSource: createTickSource(),
        store,
        speed,
      });
      created = { sim, controller };
    } catch (error) {
      setFailure(error instanceof Error ? error : new Error(String(error)));
      return undefined;
    }
    setSession(created);
    return () => created.controller.dispose();
  }, [scenario, createSimulation, createTickSource, store]);
  if (failure !== null) throw failure;
  return session;
}
