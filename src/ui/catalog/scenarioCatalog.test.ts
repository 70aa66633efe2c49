import { describe, expect, test } from 'vitest';
import { buildScenarioCatalog, findScenario, type ScenarioParser } from './scenarioCatalog.ts';
import { sampleScenario } from '../testing/sampleScenario.ts';

interface FakeError {
  readonly path: string;
  readonly message: string;
}

// Accepts objects whose `id` is a string, and explains everything else.
const parser: ScenarioParser<FakeError> = {
  parse(input) {
    const id = (input as { id?: unknown } | null)?.id;
    if (typeof id === 'string') return { ok: true, scenario: sampleScenario(id) };
    return { ok: false, errors: [{ path: 'id', message: 'must be a string' }] };
  },
  formatErrors: (errors) => errors.map((error) => `${error.path}: ${error.message}`).join('\n'),
};

describe('buildScenarioCatalog', () => {
  test('keeps valid and invalid files, sorted by path, and skips the schema', () => {
    const catalog = buildScenarioCatalog(
      {
        '/scenarios/b.json': { id: 'b' },
        '/scenarios/a.json': { id: 7 },
        '/scenarios/schema.json': {},
      },
      parser,
    );
    expect(catalog).toEqual([
      { kind: 'invalid', path: '/scenarios/a.json', message: 'id: must be a string' },
      { kind: 'valid', path: '/scenarios/b.json', scenario: sampleScenario('b') },
    ]);
    expect(findScenario(catalog, 'b')?.id).toBe('b');
    expect(findScenario(catalog, 'a')).toBeNull();
  });

  test('marks a duplicate id invalid and survives a throwing validator', () => {
    const throwing: ScenarioParser<FakeError> = {
      ...parser,
      parse: () => {
        throw new Error('exploded');
      },
    };
    expect(buildScenarioCatalog({ '/scenarios/x.json': {} }, throwing)[0]).toMatchObject({
      message: 'validator failed: exploded',
    });
    const catalog = buildScenarioCatalog(
      { '/scenarios/one.json': { id: 'same' }, '/scenarios/two.json': { id: 'same' } },
      parser,
    );
    expect(catalog[1]).toMatchObject({
      kind: 'invalid',
      message: 'id "same" is already used by /scenarios/one.json',
    });
  });
});
