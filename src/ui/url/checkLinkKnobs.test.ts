import { describe, expect, test } from 'vitest';
import { formatScenarioErrors } from '../../scenario/index.ts';
import { guidedFixture } from '../lesson/testing/guidedFixture.ts';
import { parsedEagerScenario } from '../testing/parsedScenario.ts';
import { checkLinkKnobs } from './checkLinkKnobs.ts';
import { readLinkedStart } from './readLinkedStart.ts';
import { sessionHash, type SessionLinkState } from './sessionLink.ts';

const eager = parsedEagerScenario();
const fixture = guidedFixture();

const CHOSEN: SessionLinkState = {
  seed: 11,
  interventions: [{ atMs: 1200, type: 'consumer.crash', target: 'c2' }],
  position: { tMs: 1500, traceLength: 40 },
  params: { 'session-timeout': 6000, 'initial-delay': 500 },
  variant: 'cooperative',
};

function messages(state: SessionLinkState, scenario = eager): string {
  return formatScenarioErrors(checkLinkKnobs(state, scenario));
}

describe('lesson choices in links', () => {
  test('round-trip: parameter values and the variant come back exactly', () => {
    const start = readLinkedStart(eager, sessionHash(eager.id, CHOSEN));
    expect(start).toEqual({ state: CHOSEN, errors: null });
  });

  test('links without a variant, as before, still open; a null variant is left out', () => {
    const plain: SessionLinkState = {
      seed: CHOSEN.seed,
      interventions: CHOSEN.interventions,
      position: CHOSEN.position,
      params: CHOSEN.params,
    };
    expect(readLinkedStart(eager, sessionHash(eager.id, plain)).state).toEqual(plain);
    const hash = sessionHash(eager.id, { ...plain, variant: null });
    expect(hash).toBe(sessionHash(eager.id, plain));
  });

  test('an unknown variant names the ones there are', () => {
    expect(messages({ ...CHOSEN, variant: 'turbo' })).toBe(
      'link.variant: is not a variant of this scenario (found "turbo"; allowed one of cooperative, fast-detection)',
    );
  });

  test('a value out of range or off the step grid names the range, the unit and the step', () => {
    const text = messages({
      ...CHOSEN,
      params: { 'session-timeout': 99_000, 'initial-delay': 750 },
    });
    expect(text).toContain(
      'link.params.session-timeout: is not a value Session timeout can take (found 99000; allowed 6000 to 45000 ms, in steps of 1000)',
    );
    expect(text).toContain('link.params.initial-delay: is not a value');
    expect(text).toContain('found 750');
  });

  test('an unknown parameter names the parameters there are', () => {
    expect(messages({ ...CHOSEN, params: { speed: 3 } })).toBe(
      'link.params.speed: is not a parameter of this scenario (found "speed"; allowed one of session-timeout, initial-delay)',
    );
  });

  test('a bad choice makes the whole link fall back to the defaults, with the reasons', () => {
    const start = readLinkedStart(eager, sessionHash(eager.id, { ...CHOSEN, variant: 'turbo' }));
    expect(start.state).toBeNull();
    expect(start.errors?.map((e) => e.path)).toEqual(['link.variant']);
  });

  test('interventions must fit the scenario the choices build', () => {
    const state: SessionLinkState = {
      ...CHOSEN,
      interventions: [{ atMs: 100, type: 'consumer.crash', target: 'c1' }],
      params: { interval: 500 },
      variant: 'slow-consumer',
    };
    expect(checkLinkKnobs(state, fixture)).toEqual([]);
    expect(
      messages(
        { ...state, interventions: [{ atMs: 100, type: 'consumer.crash', target: 'c9' }] },
        fixture,
      ),
    ).toMatch(/^link\.interventions\[0\]\.target: names no consumer/);
  });
});
