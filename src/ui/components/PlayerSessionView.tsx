// Starts a player session for a scenario and shows its workspace. Errors from the session, at
// creation or later from the engine, are thrown here so the surrounding error boundary shows them.

import { useStore } from 'zustand';
import type { ScenarioModel } from '../../engine/index.ts';
import { selectError, type PlayerStore } from '../../player/index.ts';
import { usePlayerKeyboard } from '../hooks/usePlayerKeyboard.ts';
import {
  usePlayerSession,
  type SimulationFactory,
  type TickSourceFactory,
} from '../hooks/usePlayerSession.ts';
import { PlayerWorkspace } from './PlayerWorkspace.tsx';

export interface PlayerSessionViewProps {
  readonly scenario: ScenarioModel;
  readonly createSimulation: SimulationFactory;
  readonly createTickSource: TickSourceFactory;
  readonly store: PlayerStore;
}

export function PlayerSessionView({
  scenario,
  createSimulation,
  createTickSource,
  store,
}: PlayerSessionViewProps) {
  const session = usePlayerSession(scenario, createSimulation, createTickSource, store);
  const error = useStore(store, selectError);
  usePlayerKeyboard(session?.controller ?? null);
  if (error !== null) throw error;
  if (session === null) return <p className="muted">Starting the simulation…</p>;
  return <PlayerWorkspace session={session} store={store} />;
}
