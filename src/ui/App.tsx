// The app shell: the scenario list, or the player for the chosen scenario. Its collaborators
// (catalogue, simulation factory, tick source, store) are passed in, so tests can supply fakes.
// Presenter mode is a data attribute here, so the stylesheet alone hides the chrome.

import { useStore } from 'zustand';
import { selectScenario, selectSelectedScenarioId, type PlayerStore } from '../player/index.ts';
import { findScenario, type CatalogEntry } from './catalog/scenarioCatalog.ts';
import { PlayerPage } from './components/PlayerPage.tsx';
import { ScenarioList } from './components/ScenarioList.tsx';
import { LiveAnnouncer } from './controls/LiveAnnouncer.tsx';
import { PresenterHint } from './controls/PresenterHint.tsx';
import { selectPresenter } from './controls/uiStore.ts';
import { useHashSelection } from './hooks/useHashSelection.ts';
import { useUiStore } from './hooks/useUiStore.ts';
import type { SimulationFactory, TickSourceFactory } from './hooks/usePlayerSession.ts';

export interface AppProps {
  readonly catalog: readonly CatalogEntry[];
  readonly createSimulation: SimulationFactory;
  readonly createTickSource: TickSourceFactory;
  readonly store: PlayerStore;
}

export function App({ catalog, createSimulation, createTickSource, store }: AppProps) {
  useHashSelection(store);
  const selectedId = useStore(store, selectSelectedScenarioId);
  const scenario = findScenario(catalog, selectedId);
  const presenter = useStore(useUiStore(), selectPresenter);
  return (
    <div className="app" data-presenter={presenter ? 'true' : undefined}>
      <header className="app-header">
        <h1>Streams sandbox</h1>
        <p className="muted">
          A deterministic Kafka simulator: every run replays exactly from its seed.
        </p>
      </header>
      <main>
        {scenario === null ? (
          <>
            {selectedId !== null && (
              <p role="alert">No valid scenario has the id “{selectedId}”.</p>
            )}
            <ScenarioList
              catalog={catalog}
              onOpen={(id) => selectScenario(store, id)}
              createSimulation={createSimulation}
            />
          </>
        ) : (
          <PlayerPage
            key={scenario.id}
            scenario={scenario}
            createSimulation={createSimulation}
            createTickSource={createTickSource}
            store={store}
            onBack={() => selectScenario(store, null)}
          />
        )}
      </main>
      {presenter && <PresenterHint />}
      <LiveAnnouncer />
    </div>
  );
}
