// @vitest-environment jsdom
// Share links carry the lesson's choices: opening one plays the chosen variant with the chosen
// parameter values and shows them in the lesson's controls; the address bar then carries them on;
// a bad value says what is wrong and the scenario starts from its defaults.
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  createSimulation,
  type ScenarioModel,
  type Simulation,
  type SimulationOptions,
} from '../../engine/index.ts';
import { createManualTickSource, createPlayerStore } from '../../player/index.ts';
import type { CatalogEntry } from '../catalog/scenarioCatalog.ts';
import { guidedFixture } from '../lesson/testing/guidedFixture.ts';
import { renderSandbox } from '../testing/renderSandbox.tsx';
import { readLinkedStart } from '../url/readLinkedStart.ts';
import { sessionHash, type SessionLinkState } from '../url/sessionLink.ts';

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

const CHOSEN: SessionLinkState = {
  seed: 21,
  interventions: [{ atMs: 900, type: 'consumer.crash', target: 'c1' }],
  position: { tMs: 1500, traceLength: 0 },
  params: { interval: 250 },
  variant: 'slow-consumer',
};

async function open(hash: string): Promise<void> {
  window.history.replaceState(null, '', hash);
  await renderSandbox({
    catalog: CATALOG,
    createSimulation: recordingFactory,
    createTickSource: createManualTickSource,
    store: createPlayerStore({ selectedScenarioId: fixture.id }),
  });
}

const intervalField = () => screen.getByLabelText<HTMLInputElement>('Time between records');
const variantField = () => screen.getByLabelText<HTMLSelectElement>('Variant');

describe('lesson choices in share links', () => {
  test('a link restores the variant and parameter values, and the address bar keeps them', async () => {
    await open(sessionHash(fixture.id, CHOSEN));
    expect(screen.queryByTestId('link-problem')).toBeNull();
    const played = models.at(-1);
    expect(played?.topology.producers[0]?.rate).toEqual({ kind: 'constant', intervalMs: 250 });
    expect(played?.topology.consumerGroups[0]?.members[0]?.processingMsPerRecord).toBe(400);
    expect(sims.at(-1)?.seed).toBe(21);
    expect(sims.at(-1)?.nowMs()).toBe(1500);
    expect(intervalField().value).toBe('250');
    expect(variantField().value).toBe('slow-consumer');
    const again = readLinkedStart(fixture, window.location.hash).state;
    expect(again?.params).toEqual({ interval: 250 });
    expect(again?.variant).toBe('slow-consumer');
    expect(again?.seed).toBe(21);
    expect(again?.interventions).toEqual(CHOSEN.interventions);
  });

  test('choosing a variant in the lesson puts it in the link; as written takes it out', async () => {
    await open(sessionHash(fixture.id, null));
    act(() => void fireEvent.change(variantField(), { target: { value: 'slow-consumer' } }));
    expect(readLinkedStart(fixture, window.location.hash).state?.variant).toBe('slow-consumer');
    act(() => void fireEvent.change(variantField(), { target: { value: '' } }));
    expect(readLinkedStart(fixture, window.location.hash).state?.variant).toBeUndefined();
  });

  test('a value out of range names the field and range, and the scenario starts from its defaults', async () => {
    await open(sessionHash(fixture.id, { ...CHOSEN, params: { interval: 75 } }));
    expect(screen.getByTestId('link-problem').textContent).toContain(
      'link.params.interval: is not a value Time between records can take (found 75; allowed 50 to 1000 ms, in steps of 50)',
    );
    const played = models.at(-1);
    expect(played?.topology.producers[0]?.rate).toEqual({ kind: 'constant', intervalMs: 100 });
    expect(played?.topology.consumerGroups[0]?.members[0]?.processingMsPerRecord).toBe(5);
    expect(sims.at(-1)?.seed).toBe(fixture.seed);
    expect(intervalField().value).toBe('100');
    expect(variantField().value).toBe('');
  });
});
