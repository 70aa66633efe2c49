// Starts a sandbox session for a scenario and shows it. Errors from the session, at creation or
// later from the engine, are thrown here so the surrounding error boundary shows them.

import { useStore } from 'zustand';
import type { ScenarioModel } from '../../engine/index.ts';
import { selectError, type PlayerStore } from '../../player/index.ts';
import { SessionScreen } from '../controls/SessionScreen.tsx';
import {
  usePlayerSession,
  type SimulationFactory,
  type TickSourceFactory,
} from '../hooks/usePlayerSession.ts';
import type { SessionLinkState } from '../url/sessionLink.ts';

export interface PlayerSessionViewProps {
  readonly scenario: ScenarioModel;
  readonly createSimulation: SimulationFactory;
  readonly createTickSource: TickSourceFactory;
  readonly store: PlayerStore;
  /** Seed, interventions and position from a shared link; null starts from the defaults. */
  readonly start: SessionLinkState | null;
}

const NO_PARAMS: SessionLinkState['params'] = {};

export function PlayerSessionView({
  scenario,
  createSimulation,
  createTickSource,
  store,
  start,
}: PlayerSessionViewProps) {
  const session = usePlayerSession(scenario, createSimulation, createTickSource, store, start);
  const error = useStore(store, selectError);
  if (error !== null) throw error;
  if (session === null) return <p className="muted">Starting the simulation…</p>;
  return (
    <SessionScreen
      session={session}
      scenario={scenario}
      store={store}
      params={start?.params ?? NO_PARAMS}
    />
  );
}
