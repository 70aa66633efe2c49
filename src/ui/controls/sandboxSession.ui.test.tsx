// @vitest-environment jsdom
// The session controls end to end in jsdom, on the real engine and a real scenario file: the fault
// panel, branches, keyboard shortcuts, links and export, as a keyboard or mouse user drives them.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  createSimulation,
  formatTraceText,
  type ScenarioModel,
  type Simulation,
  type SimulationOptions,
} from '../../engine/index.ts';
import { createManualTickSource, createPlayerStore } from '../../player/index.ts';
import type { CatalogEntry } from '../catalog/scenarioCatalog.ts';
import { parsedEagerScenario } from '../testing/parsedScenario.ts';
import { renderSandbox } from '../testing/renderSandbox.tsx';
import { sessionHash } from '../url/sessionLink.ts';

const scenario = parsedEagerScenario();
const CATALOG: CatalogEntry[] = [{ kind: 'valid', path: '/scenarios/e.json', scenario }];

let sims: Simulation[] = [];
const recordingFactory = (model: ScenarioModel, options?: SimulationOptions): Simulation => {
  const sim = createSimulation(model, options);
  sims.push(sim);
  return sim;
};
const currentSim = (): Simulation => {
  const sim = sims.at(-1);
  if (sim === undefined) throw new Error('no simulation yet');
  return sim;
};

beforeEach(() => {
  sims = [];
});
afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

async function openSandbox(hash = sessionHash(scenario.id, null)) {
  window.history.replaceState(null, '', hash);
  return renderSandbox({
    catalog: CATALOG,
    createSimulation: recordingFactory,
    createTickSource: createManualTickSource,
    store: createPlayerStore({ selectedScenarioId: scenario.id }),
  });
}

const key = (keyName: string, init: Partial<KeyboardEventInit> = {}): void => {
  act(() => {
    fireEvent.keyDown(document.body, { key: keyName, ...init });
  });
};
const seek = (tMs: number): void => {
  fireEvent.change(screen.getByLabelText('Simulated time'), { target: { value: String(tMs) } });
};
const traceText = (): string => formatTraceText(currentSim().trace());

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.readAsText(blob);
  });
}

describe('sandbox session controls', () => {
  test('F opens the fault panel; a crash is applied now, recorded and announced', async () => {
    await openSandbox();
    seek(5000);
    key('f');
    const panel = screen.getByTestId('fault-panel');
    fireEvent.click(within(panel).getByRole('button', { name: 'Crash consumer c1' }));
    expect(currentSim().trace().at(-1)?.type).not.toBe('sim.started');
    expect(currentSim().interventions()).toContainEqual({
      atMs: 5000,
      type: 'consumer.crash',
      target: 'c1',
    });
    expect(screen.getByTestId('intervention-list').textContent).toContain('crash consumer c1');
    expect(screen.getByTestId('live-announcer').textContent).toContain(
      'Applied: crash consumer c1 at 5.000 s',
    );
    key('Escape');
    fireEvent.keyDown(panel, { key: 'Escape' });
    expect(screen.queryByTestId('fault-panel')).toBeNull();
  });

  test('an intervention before a recorded one forks a branch; both branches replay exactly', async () => {
    await openSandbox();
    key('f');
    seek(5000);
    fireEvent.click(screen.getByRole('button', { name: 'Crash consumer c1' }));
    seek(20_000);
    const traceA = traceText();
    seek(3000);
    fireEvent.click(screen.getByRole('button', { name: 'Crash consumer c2' }));
    seek(20_000);
    const traceB = traceText();
    expect(traceB).not.toBe(traceA);
    const branches = screen.getByTestId('branch-bar');
    fireEvent.click(within(branches).getByRole('button', { name: /^Branch 1/ }));
    expect(traceText()).toBe(traceA);
    expect(
      within(branches)
        .getByRole('button', { name: /^Branch 1/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    fireEvent.click(within(branches).getByRole('button', { name: /^Branch 2 · from 3.000 s/ }));
    expect(traceText()).toBe(traceB);
  });

  test('keyboard shortcuts: help, presenter, speed, jumps, views and narration', async () => {
    const store = await openSandbox();
    const views: unknown[] = [];
    const narration: unknown[] = [];
    const onView = (event: Event): void => void views.push((event as CustomEvent).detail);
    const onNarration = (event: Event): void => {
      narration.push((event as CustomEvent).detail);
      event.preventDefault();
    };
    window.addEventListener('sandbox:toggle-view', onView);
    window.addEventListener('sandbox:narration', onNarration);
    try {
      key('?', { shiftKey: true });
      const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
      expect(dialog.contains(document.activeElement)).toBe(true);
      key('p');
      expect(document.querySelector('.app')?.getAttribute('data-presenter')).toBeNull();
      key('Escape');
      expect(screen.queryByRole('dialog')).toBeNull();
      key('p');
      expect(document.querySelector('.app')?.getAttribute('data-presenter')).toBe('true');
      key(']');
      expect(store.getState().speed).toBeCloseTo(1.3);
      key('[');
      key('[');
      expect(store.getState().speed).toBeCloseTo(0.79);
      key('ArrowRight', { shiftKey: true });
      expect(store.getState().status).toBe('paused');
      expect(currentSim().nowMs()).toBeGreaterThan(0);
      key('1');
      key('7');
      key('PageDown');
      expect(views).toEqual([{ index: 0 }, { index: 6 }]);
      expect(narration).toEqual([{ direction: 'next' }]);
      key('r');
      expect(store.getState()).toMatchObject({ status: 'idle', nowMs: 0 });
    } finally {
      window.removeEventListener('sandbox:toggle-view', onView);
      window.removeEventListener('sandbox:narration', onNarration);
    }
  });

  test('the address bar follows the session, and opening it reproduces the same state', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    try {
      await openSandbox();
      seek(7000);
      key('ArrowRight');
      key('f');
      fireEvent.click(screen.getByRole('button', { name: 'Crash consumer c2' }));
      key('ArrowRight');
      const [time, text] = [currentSim().nowMs(), traceText()];
      await act(async () => {
        fireEvent.click(screen.getByTestId('copy-link'));
        await Promise.resolve();
      });
      expect(writeText).toHaveBeenCalledWith(window.location.href);
      const link = window.location.hash;
      expect(link).toMatch(/^#\/scenario\/eager-rebalance-pause\?run=/);
      cleanup();
      await openSandbox(link);
      expect(currentSim().nowMs()).toBe(time);
      expect(traceText()).toBe(text);
      expect(screen.getByTestId('playback-status').textContent).toBe('paused');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  test('a tampered link says what is wrong, falls back to the defaults and can be dismissed', async () => {
    await openSandbox(
      `#/scenario/${scenario.id}?run=eJyrVkrOz0nNTVWyMjTQUcrLTM5OLElVsgJiHaXSvJzUFCUrQ6BgLQA`,
    );
    const banner = screen.getByTestId('link-problem');
    expect(banner.textContent).toMatch(/could not be opened/);
    expect(currentSim().seed).toBe(scenario.seed);
    expect(currentSim().nowMs()).toBe(0);
    fireEvent.click(within(banner).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('link-problem')).toBeNull();
    const bad = sessionHash(scenario.id, {
      seed: 1,
      interventions: [{ atMs: 10, type: 'consumer.crash', target: 'ghost' }],
      position: { tMs: 0, traceLength: 1 },
      params: {},
    });
    cleanup();
    await openSandbox(bad);
    expect(screen.getByTestId('link-problem').textContent).toContain(
      'link.interventions[0].target: names no consumer',
    );
  });

  test('a new seed replays the run; the trace exports as CSV and JSONL', async () => {
    await openSandbox();
    seek(2000);
    fireEvent.click(screen.getByRole('button', { name: 'New seed' }));
    expect(currentSim().seed).not.toBe(scenario.seed);
    expect(currentSim().nowMs()).toBe(2000);
    const blobs: Blob[] = [];
    const names: string[] = [];
    // jsdom has no object URLs and cannot follow a download link; capture both instead.
    const urlStatics = URL as unknown as Record<string, unknown>;
    urlStatics.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:x');
    urlStatics.revokeObjectURL = () => {};
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Trace CSV' }));
      fireEvent.click(screen.getByRole('button', { name: 'Trace JSONL' }));
    } finally {
      click.mockRestore();
      delete urlStatics.createObjectURL;
      delete urlStatics.revokeObjectURL;
    }
    const seed = currentSim().seed;
    expect(names).toEqual([`${scenario.id}-seed${seed}.csv`, `${scenario.id}-seed${seed}.jsonl`]);
    const [csv, jsonl] = await Promise.all(blobs.map(readBlob));
    expect(csv?.split('\n')[0]).toBe('atMs,type,fields');
    expect(csv?.split('\n')).toHaveLength(currentSim().traceLength() + 2);
    expect(JSON.parse(jsonl?.split('\n')[0] ?? '')).toMatchObject({
      type: 'sim.started',
      seed: currentSim().seed,
    });
  });
});
