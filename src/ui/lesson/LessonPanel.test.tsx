// @vitest-environment jsdom
// The lesson beside the views, in the whole app on the real engine with a manual clock: narration
// steps opening on Next, on a trace event and at a time; a prediction that holds playback until it
// is answered; Page Up/Down; expected outcomes; parameters and variants rebuilding the run.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  createSimulation,
  type ScenarioModel,
  type Simulation,
  type SimulationOptions,
} from '../../engine/index.ts';
import { createManualTickSource, createPlayerStore } from '../../player/index.ts';
import type { CatalogEntry } from '../catalog/scenarioCatalog.ts';
import { emitSandboxEvent, NARRATION_EVENT } from '../controls/sandboxEvents.ts';
import { renderSandbox } from '../testing/renderSandbox.tsx';
import { sessionHash } from '../url/sessionLink.ts';
import { guidedFixture } from './testing/guidedFixture.ts';

const fixture = guidedFixture();
const CATALOG: CatalogEntry[] = [{ kind: 'valid', path: '/scenarios/g.json', scenario: fixture }];

let models: ScenarioModel[] = [];
let sims: Simulation[] = [];
const recordingFactory = (model: ScenarioModel, options?: SimulationOptions): Simulation => {
  const sim = createSimulation(model, options);
  models.push(model);
  sims.push(sim);
  return sim;
};

beforeEach(() => {
  models = [];
  sims = [];
});
afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

async function openLesson() {
  window.history.replaceState(null, '', sessionHash(fixture.id, null));
  const ticks = createManualTickSource();
  const store = await renderSandbox({
    catalog: CATALOG,
    createSimulation: recordingFactory,
    createTickSource: () => ticks,
    store: createPlayerStore({ selectedScenarioId: fixture.id }),
  });
  /** Plays `ms` of virtual time at 1× in frames of at most 100 ms. */
  const advance = (ms: number): void => {
    for (let left = ms; left > 0; left -= 100) act(() => void ticks.forceTick(Math.min(100, left)));
  };
  return { store, advance };
}

const step = () => screen.getByTestId('narration-step');
const stepId = () => step().getAttribute('data-step-id');
const status = () => screen.getByTestId('playback-status').textContent;
const nextButton = () => screen.getByTestId('narration-next');
const click = (element: HTMLElement) => act(() => void fireEvent.click(element));

describe('the lesson panel', () => {
  test('opens steps on Next, on a trace event and at a time, in order', async () => {
    const { advance } = await openLesson();
    expect(stepId()).toBe('intro');
    expect(step().getAttribute('data-highlight')).toBe('producer p1; partition readings-0');
    expect(within(step()).getByText('record').tagName).toBe('STRONG');
    expect(nextButton().textContent).toBe('Run to next step');
    click(nextButton());
    expect(status()).toBe('playing');
    advance(100);
    expect(stepId()).toBe('first-record');
    expect(step().textContent).toContain('at t = 0.002 s');
    click(screen.getByLabelText('It stays'));
    click(screen.getByRole('button', { name: 'Answer' }));
    click(nextButton());
    // The question paused the run at 0.1 s; 1.85 s later it is just short of 2 s.
    advance(1850);
    expect(stepId()).toBe('first-record');
    advance(100);
    expect(stepId()).toBe('two-seconds');
    expect(step().textContent).toContain('at t = 2.000 s');
    advance(100);
    expect(stepId()).toBe('commit');
    expect(step().textContent).toContain('at t = 2.053 s');
    const items = screen.getAllByRole('listitem').filter((li) => li.dataset.stepId !== undefined);
    expect(items.map((li) => li.dataset.state)).toEqual(['done', 'done', 'done', 'current']);
    expect(items[3]?.getAttribute('data-highlight')).toBe('group g1');
  });

  test('a prediction pauses playback until answered, then explains the chosen answer', async () => {
    const { advance } = await openLesson();
    click(nextButton());
    advance(100);
    expect(status()).toBe('paused');
    expect(screen.getByTestId('prediction').textContent).toContain('What happens to offset 0');
    act(() => void fireEvent.keyDown(document.body, { key: ' ' }));
    expect(status()).toBe('paused');
    expect(nextButton().textContent).toBe('Answer to continue');
    expect(nextButton().hasAttribute('disabled')).toBe(true);
    click(screen.getByLabelText('It is deleted'));
    click(screen.getByRole('button', { name: 'Answer' }));
    const verdict = screen.getByTestId('prediction-verdict');
    expect(verdict.dataset.correct).toBe('false');
    expect(verdict.textContent).toContain('Not quite. That is a queue.');
    expect(verdict.textContent).toContain('The answer: It stays. Reading never removes.');
    act(() => void fireEvent.keyDown(document.body, { key: ' ' }));
    expect(status()).toBe('playing');
  });

  test('a hidden lesson asks nothing and lets the run play', async () => {
    const { advance } = await openLesson();
    click(screen.getByRole('button', { name: 'Hide lesson' }));
    expect(screen.queryByTestId('lesson-panel')).toBeNull();
    act(() => void fireEvent.keyDown(document.body, { key: ' ' }));
    advance(300);
    expect(status()).toBe('playing');
    click(screen.getByRole('button', { name: 'Show lesson' }));
    expect(stepId()).toBe('first-record');
    expect(status()).toBe('paused');
  });

  test('Page Up and Page Down move through the opened steps', async () => {
    const { advance } = await openLesson();
    click(nextButton());
    advance(100);
    expect(stepId()).toBe('first-record');
    act(() => void fireEvent.keyDown(document.body, { key: 'PageUp' }));
    expect(stepId()).toBe('intro');
    let handled = false;
    act(() => {
      handled = emitSandboxEvent(NARRATION_EVENT, { direction: 'next' });
    });
    expect(handled).toBe(true);
    expect(stepId()).toBe('first-record');
  });

  test('marks each expected outcome once the run has passed its time', async () => {
    await openLesson();
    const outcomes = () => screen.getAllByTestId('outcome').map((o) => o.dataset.status);
    expect(outcomes()).toEqual(['waiting', 'waiting']);
    const scrubber = screen.getByLabelText('Simulated time');
    act(() => void fireEvent.change(scrubber, { target: { value: '5000' } }));
    expect(outcomes()).toEqual(['shown', 'shown']);
    act(() => void fireEvent.change(scrubber, { target: { value: '1000' } }));
    expect(outcomes()).toEqual(['waiting', 'waiting']);
  });

  test('a bad parameter names the field and range and keeps the text; a good one rebuilds here', async () => {
    const { advance } = await openLesson();
    click(nextButton());
    advance(100);
    click(screen.getByLabelText('It stays'));
    click(screen.getByRole('button', { name: 'Answer' }));
    const field = screen.getByLabelText<HTMLInputElement>('Time between records');
    act(() => void fireEvent.change(field, { target: { value: '75 ms' } }));
    expect(field.value).toBe('75 ms');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe(
      'Time between records must be a number from 50 to 1000 ms, in steps of 50; "75 ms" is not.',
    );
    click(screen.getByRole('button', { name: 'Apply from here' }));
    expect(sims).toHaveLength(1);
    act(() => void fireEvent.change(field, { target: { value: '500' } }));
    click(screen.getByRole('button', { name: 'Apply from here' }));
    expect(sims).toHaveLength(2);
    const rebuilt = models.at(-1)?.topology.producers[0]?.rate;
    expect(rebuilt).toEqual({ kind: 'constant', intervalMs: 500 });
    expect(sims[1]?.nowMs()).toBe(sims[0]?.nowMs());
    expect(stepId()).toBe('first-record');
  });

  test('picking a variant rebuilds the run with its overrides', async () => {
    await openLesson();
    act(() => {
      fireEvent.change(screen.getByLabelText('Variant'), { target: { value: 'slow-consumer' } });
    });
    expect(sims).toHaveLength(2);
    const member = models.at(-1)?.topology.consumerGroups[0]?.members[0];
    expect(member?.processingMsPerRecord).toBe(400);
  });
});
