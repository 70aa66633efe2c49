// @vitest-environment jsdom
// The app's lazily loaded parts, as a learner meets them: a loading state while a part arrives,
// and the error panel with "Retry" when one fails to load, never a blank page.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ScenarioModel, Simulation } from '../../engine/index.ts';
import { createManualTickSource, createPlayerStore } from '../../player/index.ts';
import { appendedAt, createFakeSimulation } from '../../player/testing/createFakeSimulation.ts';
import type { CatalogEntry } from '../catalog/scenarioCatalog.ts';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { SandboxRoot } from '../SandboxRoot.tsx';
import { actAndLoad, waitForParts } from '../testing/renderSandbox.tsx';
import { sampleScenario } from '../testing/sampleScenario.ts';
import { SAMPLE_WORLD } from '../testing/sampleWorld.ts';
import { lazyPart } from './lazyPart.ts';
import { createLoader, loadedValue, type Loader } from './loader.ts';
import { loadFailure } from './loadFailure.ts';
import { PartLoading } from './PartLoading.tsx';

const CATALOG: CatalogEntry[] = [
  { kind: 'valid', path: '/scenarios/a.json', scenario: sampleScenario('a', 1000) },
];

function fakeSimulation(_scenario: ScenarioModel): Simulation {
  return createFakeSimulation({
    events: [appendedAt(100, 0)],
    seed: 42,
    view: (_trace, nowMs) => ({ ...SAMPLE_WORLD, nowMs }),
  });
}

const FETCH_FAILED = new TypeError('Failed to fetch dynamically imported module');

function renderApp(
  catalog: Loader<readonly CatalogEntry[]>,
  engine: Loader<(scenario: ScenarioModel) => Simulation> = loadedValue(fakeSimulation),
) {
  render(
    <SandboxRoot
      catalog={catalog}
      engine={engine}
      createTickSource={createManualTickSource}
      store={createPlayerStore({ selectedScenarioId: null })}
    />,
  );
}

// React logs the errors its boundaries catch; keep the output readable.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('while a part of the app loads', () => {
  test('the gallery route says the scenarios are loading', () => {
    renderApp(createLoader(() => new Promise(() => undefined)));
    expect(screen.getByTestId('part-loading').textContent).toBe('Loading the scenarios…');
    expect(screen.getByRole('heading', { name: 'Streams sandbox' })).toBeTruthy();
  });

  test('an address that names a scenario says the player is loading', () => {
    window.history.replaceState(null, '', '#/scenario/a');
    render(
      <SandboxRoot
        catalog={createLoader(() => new Promise(() => undefined))}
        engine={loadedValue(fakeSimulation)}
        createTickSource={createManualTickSource}
        store={createPlayerStore({ selectedScenarioId: 'a' })}
      />,
    );
    expect(screen.getByTestId('part-loading').textContent).toBe('Loading the player…');
  });
});

describe('a part that fails to load', () => {
  test('shows the error panel with what failed; Retry loads it again', async () => {
    let attempts = 0;
    const catalog = createLoader(() =>
      ++attempts === 1
        ? Promise.reject(loadFailure('the scenario catalogue', FETCH_FAILED))
        : Promise.resolve(CATALOG),
    );
    await actAndLoad(() => renderApp(catalog));
    const panel = await screen.findByRole('alert');
    expect(panel.textContent).toContain(
      'Could not load the scenario catalogue (Failed to fetch dynamically imported module)',
    );
    await actAndLoad(() => fireEvent.click(screen.getByRole('button', { name: 'Retry' })));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Scenario a' })).toBeTruthy();
    expect(attempts).toBe(2);
  });

  test('a lazy part that fails says so, and a fresh part renders after Retry', async () => {
    let attempts = 0;
    const makePart = () =>
      lazyPart('the lesson', () =>
        ++attempts === 1
          ? Promise.reject(FETCH_FAILED)
          : Promise.resolve(() => <p>the lesson is here</p>),
      );
    const Host = () => {
      const [part, setPart] = useState(makePart);
      return (
        <ErrorBoundary onRestart={() => setPart(makePart())} restartLabel="Retry">
          <Suspense fallback={<PartLoading what="the lesson" />}>
            <part.Component />
          </Suspense>
        </ErrorBoundary>
      );
    };
    render(<Host />);
    expect(screen.getByTestId('part-loading').textContent).toBe('Loading the lesson…');
    await waitForParts();
    expect(screen.getByRole('alert').textContent).toContain(
      'Could not load the lesson (Failed to fetch dynamically imported module). Check the connection and try again',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('the lesson is here')).toBeTruthy();
  });
});
