// The app shell: the header, and the gallery or the player for the chosen scenario. Both routes,
// the scenario catalogue and the engine load in chunks of their own (see routes/), so the first
// page carries only this shell; while a chunk loads a loading state shows, and a chunk that fails
// to load shows the error panel with "Retry". Its collaborators (catalogue, engine, tick source,
// store) are passed in, so tests can supply fakes. Presenter mode is a data attribute here, so
// the stylesheet alone hides the chrome.

import { Suspense, use, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { selectScenario, selectSelectedScenarioId, type PlayerStore } from '../player/index.ts';
import { findScenario } from './catalog/scenarioCatalog.ts';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { LiveAnnouncer } from './controls/LiveAnnouncer.tsx';
import { PresenterHint } from './controls/PresenterHint.tsx';
import { selectPresenter } from './controls/uiStore.ts';
import { useHashSelection } from './hooks/useHashSelection.ts';
import type { TickSourceFactory } from './hooks/usePlayerSession.ts';
import { useUiStore } from './hooks/useUiStore.ts';
import type { AppLoaders } from './routes/appLoaders.ts';
import { createAppParts, type AppParts } from './routes/appParts.ts';
import { PartLoading } from './routes/PartLoading.tsx';

export interface AppProps extends AppLoaders {
  readonly createTickSource: TickSourceFactory;
  readonly store: PlayerStore;
}

export function App(props: AppProps) {
  const { store, catalog, engine } = props;
  useHashSelection(store);
  const selectedId = useStore(store, selectSelectedScenarioId);
  const presenter = useStore(useUiStore(), selectPresenter);
  const [parts, setParts] = useState(createAppParts);
  // The route's chunk and what it needs start loading at once, beside the catalogue.
  useEffect(() => {
    if (selectedId === null) parts.gallery.preload();
    else {
      parts.player.preload();
      engine.load().catch(() => undefined);
    }
  }, [selectedId, parts, engine]);
  return (
    <div className="app" data-presenter={presenter ? 'true' : undefined}>
      <header className="app-header">
        <h1>Streams sandbox</h1>
        <p className="muted">
          A deterministic Kafka simulator: every run replays exactly from its seed.
        </p>
      </header>
      <main>
        <ErrorBoundary
          onRestart={() => {
            store.setState({ error: null });
            catalog.retry();
            engine.retry();
            setParts(createAppParts());
          }}
          restartLabel="Retry"
        >
          <Suspense
            fallback={<PartLoading what={selectedId === null ? 'the scenarios' : 'the player'} />}
          >
            <AppRoute {...props} parts={parts} selectedId={selectedId} />
          </Suspense>
        </ErrorBoundary>
      </main>
      {presenter && <PresenterHint />}
      <LiveAnnouncer />
    </div>
  );
}

interface AppRouteProps extends AppProps {
  readonly parts: AppParts;
  readonly selectedId: string | null;
}

/** The gallery, or the player when the address names a valid scenario. */
function AppRoute({ parts, selectedId, catalog, engine, createTickSource, store }: AppRouteProps) {
  const entries = use(catalog.load());
  const scenario = findScenario(entries, selectedId);
  if (scenario === null) {
    return (
      <parts.gallery.Component
        catalog={entries}
        missingId={selectedId}
        onOpen={(id) => selectScenario(store, id)}
        engine={engine}
      />
    );
  }
  return (
    <parts.player.Component
      key={scenario.id}
      scenario={scenario}
      engine={engine}
      createTickSource={createTickSource}
      store={store}
      onBack={() => selectScenario(store, null)}
    />
  );
}
