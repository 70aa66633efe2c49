import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parsedEagerScenario } from '../testing/parsedScenario.ts';
import { bytesToBase64url } from './base64url.ts';
import { deflateText } from './compressText.ts';
import { decodeRunData } from './decodeRunData.ts';
import { parseSessionHash, sessionHash } from './sessionLink.ts';

const scenario = parsedEagerScenario();

/** Decoding must answer, ok or not, and never throw. */
function answers(run: string): boolean {
  const result = decodeRunData(run, scenario);
  return result.ok || result.errors.length > 0;
}

describe('decodeRunData under fuzzing', () => {
  test('arbitrary strings never throw', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), answers), { numRuns: 500 });
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'AZaz09-_eJyQ'), maxLength: 300 }), answers),
      { numRuns: 500 },
    );
  });

  test('arbitrary compressed JSON never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) =>
        answers(bytesToBase64url(deflateText(JSON.stringify(value)))),
      ),
      { numRuns: 300 },
    );
  });

  test('link-shaped data with arbitrary fields never throws', () => {
    const item = fc.record({
      atMs: fc.oneof(fc.integer(), fc.double(), fc.string()),
      type: fc.constantFrom(
        'consumer.crash',
        'broker.dropAcks',
        'broker.crash',
        'producer.stop',
        'x',
      ),
      target: fc.oneof(fc.constantFrom('c1', 'b1', 'p1'), fc.string()),
      count: fc.option(fc.anything()),
    });
    const data = fc.record({
      v: fc.constantFrom(1, 2),
      seed: fc.oneof(fc.nat(), fc.double()),
      t: fc.integer(),
      n: fc.integer(),
      interventions: fc.array(item, { maxLength: 20 }),
      params: fc.dictionary(fc.string(), fc.anything(), { maxKeys: 3 }),
    });
    fc.assert(
      fc.property(data, (value) => answers(bytesToBase64url(deflateText(JSON.stringify(value))))),
      { numRuns: 300 },
    );
  });

  test('one changed character of a valid link never throws', () => {
    const run =
      parseSessionHash(
        sessionHash('x', {
          seed: 3,
          interventions: [{ atMs: 5, type: 'consumer.crash', target: 'c1' }],
          position: { tMs: 9, traceLength: 4 },
          params: {},
        }),
      ).run ?? '';
    expect(decodeRunData(run, scenario).ok).toBe(true);
    fc.assert(
      fc.property(fc.nat({ max: run.length - 1 }), fc.constantFrom(...'AQgw-_9z'), (at, char) =>
        answers(run.slice(0, at) + char + run.slice(at + 1)),
      ),
      { numRuns: 400 },
    );
  });
});
