// The page for one scenario: its title and seed, and the player session inside an error boundary
// whose "Restart scenario" button starts a brand-new simulation.

import { useState } from 'react';
import { useStore } from 'zustand';
import { selectSeed, type PlayerStore } from '../../player/index.ts';
import type { ScenarioSummary } from '../catalog/scenarioCatalog.ts';
import type { SimulationFactory, TickSourceFactory } from '../hooks/usePlayerSession.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { PlayerSessionView } from './PlayerSessionView.tsx';

export interface PlayerPageProps {
  readonly scenario: ScenarioSummary;
  readonly createSimulation: SimulationFactory;
  readonly createTickSource: TickSourceFactory;
  readonly store: PlayerStore;
  readonly onBack: () => void;
}

export function PlayerPage({
  scenario,
  createSimulation,
  createTickSource,
  store,
  onBack,
}: PlayerPageProps) {
  const [sessionNumber, setSessionNumber] = useState(0);
  const seed = useStore(store, selectSeed);
  const restart = (): void => {
    // The error must go before the remount, or the new session would rethrow it on first render.
    store.setState({ error: null });
    setSessionNumber((n) => n + 1);
  };
  return (
    <section className="player-page" aria-labelledby="player-title">
      <div className="player-header">
        <button type="button" className="link-button" onClick={onBack}>
          ← All scenarios
        </button>
        <h2 id="player-title">{scenario.title}</h2>
        <span className="seed" data-testid="seed">
          seed {seed ?? scenario.seed}
        </span>
      </div>
      <p className="muted summary">{scenario.summary}</p>
      <ErrorBoundary onRestart={restart}>
        <PlayerSessionView
          key={sessionNumber}
          scenario={scenario}
          createSimulation={createSimulation}
          createTickSource={createTickSource}
          store={store}
        />
      </ErrorBoundary>
    </section>
  );
}
