// Renders the whole app (SandboxRoot) with a catalogue and a simulation factory given up front,
// and waits until every lazily loaded part on screen (route, lesson) has arrived, for tests that
// drive the app as a user does. Anything that may load a part (rendering, opening a scenario)
// runs in an awaited act: React keeps work that suspended inside an act for that act to finish.

import { act, render, screen, waitFor } from '@testing-library/react';
import { createPlayerStore, type PlayerStore } from '../../player/index.ts';
import type { CatalogEntry } from '../catalog/scenarioCatalog.ts';
import type { SimulationFactory, TickSourceFactory } from '../hooks/usePlayerSession.ts';
import { loadedValue } from '../routes/loader.ts';
import { SandboxRoot } from '../SandboxRoot.tsx';

export interface SandboxFixture {
  readonly catalog: readonly CatalogEntry[];
  readonly createSimulation: SimulationFactory;
  readonly createTickSource: TickSourceFactory;
  readonly store?: PlayerStore;
}

/**
 * Waits until no part of the app is still loading. Loading a route's modules the first time means
 * transforming them, which takes as long as the machine needs; the limit only guards a hang.
 */
export async function waitForParts(): Promise<void> {
  await waitFor(
    () => {
      if (screen.queryAllByTestId('part-loading').length > 0) throw new Error('still loading');
    },
    { timeout: 120_000 },
  );
  // A part that arrived outside an act rendered on React's own scheduler, which runs its effects
  // (such as the keyboard listeners) a little later; let those run before the test goes on.
  await act(async () => {
    for (let turn = 0; turn < 3; turn += 1) await new Promise((done) => setTimeout(done, 0));
  });
}

/**
 * Runs `action` (a click that opens a scenario, say) and resolves once the parts it loads are on
 * screen.
 */
export async function actAndLoad(action: () => void): Promise<void> {
  await act(async () => {
    action();
    // An async act, awaited, lets React finish what suspended inside it.
    await Promise.resolve();
  });
  await waitForParts();
}

/** Renders the app and resolves once its route is on screen; returns the player store. */
export async function renderSandbox(fixture: SandboxFixture): Promise<PlayerStore> {
  const store = fixture.store ?? createPlayerStore();
  await actAndLoad(() => {
    render(
      <SandboxRoot
        catalog={loadedValue(fixture.catalog)}
        engine={loadedValue(fixture.createSimulation)}
        createTickSource={fixture.createTickSource}
        store={store}
      />,
    );
  });
  return store;
}
