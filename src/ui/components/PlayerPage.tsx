// The page for one scenario: its title, a notice when its link could not be used, and the session
// inside an error boundary whose "Restart scenario" button starts a brand-new simulation. The
// session starts from the link in the address bar when there is a valid one.

import { useState } from 'react';
import type { PlayerStore } from '../../player/index.ts';
import type { ScenarioSummary } from '../catalog/scenarioCatalog.ts';
import { LinkProblemBanner } from '../controls/LinkProblemBanner.tsx';
import { useLinkedHashChanges } from '../hooks/useLinkedHashChanges.ts';
import type { SimulationFactory, TickSourceFactory } from '../hooks/usePlayerSession.ts';
import { lessonPanelLoader } from '../routes/lessonPanelLoader.ts';
import { DEFAULT_START, readLinkedStart, type LinkedStart } from '../url/readLinkedStart.ts';
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
  const [linked, setLinked] = useState<LinkedStart>(() =>
    readLinkedStart(scenario, window.location.hash),
  );
  const [problemShown, setProblemShown] = useState(true);
  const startOver = (start: LinkedStart): void => {
    // The error must go before the remount, or the new session would rethrow it on first render.
    store.setState({ error: null });
    // A lesson that failed to load is asked for again.
    lessonPanelLoader.retry();
    setLinked(start);
    setProblemShown(true);
    setSessionNumber((n) => n + 1);
  };
  useLinkedHashChanges(scenario, startOver);
  return (
    <section className="player-page" aria-labelledby="player-title">
      <div className="player-header">
        <button type="button" className="link-button back-link" onClick={onBack}>
          ← All scenarios
        </button>
        <h2 id="player-title">{scenario.title}</h2>
      </div>
      <p className="muted summary">{scenario.summary}</p>
      {linked.errors !== null && problemShown && (
        <LinkProblemBanner errors={linked.errors} onDismiss={() => setProblemShown(false)} />
      )}
      <ErrorBoundary onRestart={() => startOver(DEFAULT_START)}>
        <PlayerSessionView
          key={sessionNumber}
          scenario={scenario}
          createSimulation={createSimulation}
          createTickSource={createTickSource}
          store={store}
          start={linked.state}
        />
      </ErrorBoundary>
    </section>
  );
}
