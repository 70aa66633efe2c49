// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import type { ScenarioModel, Simulation } from '../engine/index.ts';
import { createManualTickSource } from '../player/index.ts';
import { appendedAt, createFakeSimulation } from '../player/testing/createFakeSimulation.ts';
import type { CatalogEntry } from './catalog/scenarioCatalog.ts';
import { actAndLoad, renderSandbox as renderApp } from './testing/renderSandbox.tsx';
import { sampleScenario } from './testing/sampleScenario.ts';
import { SAMPLE_WORLD } from './testing/sampleWorld.ts';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const CATALOG: CatalogEntry[] = [
  { kind: 'valid', path: '/scenarios/a.json', scenario: sampleScenario('a', 1000) },
];

function fakeSimulation(_scenario: ScenarioModel): Simulation {
  return createFakeSimulation({
    events: [appendedAt(100, 0), appendedAt(300, 1)],
    seed: 42,
    view: (_trace, nowMs) => ({ ...SAMPLE_WORLD, nowMs }),
  });
}

async function renderSandbox(
  createSimulation: (scenario: ScenarioModel) => Simulation = fakeSimulation,
) {
  const ticks = createManualTickSource();
  const store = await renderApp({
    catalog: CATALOG,
    createSimulation,
    createTickSource: () => ticks,
  });
  await actAndLoad(() => fireEvent.click(screen.getByRole('button', { name: 'Scenario a' })));
  return { ticks, store };
}

describe('SandboxRoot', () => {
  test('opens a scenario, plays with Space, and shows time moving on ticks', async () => {
    const { ticks } = await renderSandbox();
    expect(screen.getByTestId<HTMLInputElement>('seed-input').value).toBe('42');
    expect(window.location.hash).toBe('#/scenario/a');
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(screen.getByTestId('playback-status').textContent).toBe('playing');
    // The DOM views take turns while playing (src/ui/views/refreshRota.ts): ten frames give each
    // open view several turns.
    act(() => {
      for (let frame = 0; frame < 10; frame += 1) ticks.forceTick(25);
    });
    expect(screen.getByTestId('time-now').textContent).toBe('t = 0.250 s');
    expect(screen.getByTestId('trace-lines').textContent).toContain('record.appended');
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    expect(screen.getByTestId('playback-status').textContent).toBe('paused');
    expect(screen.getByTestId('time-now').textContent).toBe('t = 0.100 s');
  });

  test('announces group states in a live region', async () => {
    await renderSandbox();
    const region = screen.getByTestId('group-announcer');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('Group g1 is Stable, generation 2.');
  });

  test('shows an engine failure with a restart button, and restarts the scenario', async () => {
    let attempts = 0;
    const flaky = (scenario: ScenarioModel): Simulation => {
      attempts += 1;
      if (attempts === 1) throw new Error('engine could not start');
      return fakeSimulation(scenario);
    };
    // React logs the caught error; keep the test output clean.
    const original = console.error;
    console.error = () => {};
    try {
      await renderSandbox(flaky);
      expect(screen.getByRole('alert').textContent).toContain('engine could not start');
      fireEvent.click(screen.getByRole('button', { name: 'Restart scenario' }));
    } finally {
      console.error = original;
    }
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('playback-status').textContent).toBe('idle');
  });
});
