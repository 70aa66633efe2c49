import { describe, expect, test } from 'vitest';
import type { TimedIntervention } from '../../engine/index.ts';
import { parsedEagerScenario } from '../testing/parsedScenario.ts';
import { bytesToBase64url } from './base64url.ts';
import { deflateText } from './compressText.ts';
import { decodeRunData, RUN_CHARS_MAX } from './decodeRunData.ts';
import { parseSessionHash, sessionHash, type SessionLinkState } from './sessionLink.ts';

const scenario = parsedEagerScenario();

const INTERVENTIONS: TimedIntervention[] = [
  { atMs: 1000, type: 'consumer.crash', target: 'c1' },
  { atMs: 1000, type: 'broker.crash', target: 'b1' },
  { atMs: 2500, type: 'broker.dropAcks', target: 'b2', count: 3 },
  { atMs: 4000, type: 'producer.stop', target: 'p1' },
  { atMs: 4000, type: 'consumer.restart', target: 'c1' },
];

const STATE: SessionLinkState = {
  seed: 4_000_000_001,
  interventions: INTERVENTIONS,
  position: { tMs: 4200, traceLength: 321 },
  params: {},
};

/** Wraps any JSON value as `run` data, the way a tampered link would. */
function runOf(value: unknown): string {
  return bytesToBase64url(deflateText(JSON.stringify(value)));
}

function validRun(overrides: Record<string, unknown> = {}): string {
  return runOf({ v: 1, seed: 1, t: 0, n: 1, interventions: [], params: {}, ...overrides });
}

function errorsOf(run: string) {
  const result = decodeRunData(run, scenario);
  if (result.ok) throw new Error('expected the link to be refused');
  return result.errors;
}

describe('session links', () => {
  test('round-trip: the hash names the scenario and decodes to the same state', () => {
    const hash = sessionHash('eager-rebalance-pause', STATE);
    const parsed = parseSessionHash(hash);
    expect(parsed.scenarioId).toBe('eager-rebalance-pause');
    expect(decodeRunData(parsed.run ?? '', scenario)).toEqual({ ok: true, state: STATE });
  });

  test('a hash without run data, or with an odd id, still parses', () => {
    expect(parseSessionHash('#/scenario/a%20b')).toEqual({ scenarioId: 'a b', run: null });
    expect(parseSessionHash('#/scenario/%E0%A4%A')).toEqual({ scenarioId: '%E0%A4%A', run: null });
    expect(parseSessionHash('#/elsewhere')).toEqual({ scenarioId: null, run: null });
  });

  test('as many interventions as a scenario may hold fit within the limits', () => {
    // The scenario has 2 of its own, and the scenario layer allows 1000 in all.
    const interventions = Array.from({ length: 998 }, (_, i) => ({
      atMs: i * 50,
      type: i % 2 === 0 ? 'consumer.crash' : 'consumer.restart',
      target: `c${(i % 3) + 1}`,
    })) as TimedIntervention[];
    const run = parseSessionHash(sessionHash('x', { ...STATE, interventions })).run ?? '';
    expect(run.length).toBeLessThan(RUN_CHARS_MAX);
    expect(decodeRunData(run, scenario)).toMatchObject({ ok: true });
    const tooMany = [...interventions, { atMs: 59_000, type: 'consumer.crash', target: 'c1' }];
    const refused = decodeRunData(
      runOf({ v: 1, seed: 1, t: 0, n: 1, interventions: tooMany, params: {} }),
      scenario,
    );
    expect(refused).toMatchObject({ ok: false, errors: [{ path: 'link.interventions' }] });
  });

  test('tampered interventions are refused with the path from the scenario layer', () => {
    const errors = errorsOf(
      validRun({
        interventions: [
          { atMs: 10, type: 'consumer.crash', target: 'c1' },
          { atMs: 20, type: 'consumer.crash', target: 'zz' },
          { atMs: 30, type: 'broker.dropAcks', target: 'b1', count: 0 },
          { atMs: 70_000, type: 'producer.stop', target: 'p1' },
        ],
      }),
    );
    expect(errors.map((error) => error.path)).toEqual([
      'link.interventions[2].count',
      'link.interventions[1].target',
      'link.interventions[3].atMs',
    ]);
    // The scenario layer's own wording; it may list more kinds as the format grows.
    expect(errors[1]?.message).toMatch(/^names no consumer/);
  });

  test('unknown command types, out-of-order lists and too many items are refused', () => {
    expect(
      errorsOf(validRun({ interventions: [{ atMs: 1, type: 'rm -rf', target: 'c1' }] }))[0]?.path,
    ).toBe('link.interventions[0].type');
    const backwards = [
      { atMs: 20, type: 'consumer.crash', target: 'c1' },
      { atMs: 10, type: 'consumer.restart', target: 'c1' },
    ];
    expect(errorsOf(validRun({ interventions: backwards }))[0]?.path).toBe(
      'link.interventions[1].atMs',
    );
    const many = Array.from({ length: 1001 }, () => ({
      atMs: 1,
      type: 'consumer.crash',
      target: 'c1',
    }));
    expect(errorsOf(validRun({ interventions: many }))[0]?.path).toBe('link.interventions');
  });

  test('bad fields, bad encodings and decompression bombs are refused', () => {
    const paths = errorsOf(
      validRun({ seed: 2 ** 32, t: -1, extra: 1, v: 2, params: { a: 'x' } }),
    ).map((error) => error.path);
    expect(paths).toEqual(['link.extra', 'link.v', 'link.seed', 'link.t', 'link.params.a']);
    expect(errorsOf('not base64!')[0]?.message).toMatch(/not base64url/);
    expect(errorsOf('AAAA')[0]?.message).toMatch(/does not unpack/);
    expect(errorsOf(runOf('x'.repeat(2_000_000)))[0]?.message).toBe('unpacks to too much data');
    expect(errorsOf('A'.repeat(RUN_CHARS_MAX + 1))[0]?.message).toBe('is too long');
    expect(errorsOf(runOf([1, 2]))[0]?.message).toBe('does not hold session data');
  });
});
