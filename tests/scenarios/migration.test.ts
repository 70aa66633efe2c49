// Version 1 files keep loading: they are validated with the version 1 schema and migrated, so
// every consumer sees version 2. A parsed version 2 scenario is itself valid input, unchanged.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  migrateV1ToV2,
  parseScenario,
  parseScenarioText,
  type ScenarioFileV1,
} from '../../src/scenario/index.ts';
import { errorsOf, guidedScenario, parsedScenario } from './support/guidedScenario.ts';

const V1_FILE = new URL('./fixtures/replay-after-bug-fix.v1.json', import.meta.url);

const GUIDED_DEFAULTS = {
  schemaVersion: 2,
  system: 'kafka',
  configMapping: [],
  concepts: [],
  views: ['logs', 'trace'],
  narration: [],
  expect: [],
  parameters: [],
  variants: [],
};

describe('migrateV1ToV2', () => {
  it('adds the empty guided parts and keeps every version 1 field and the key order', () => {
    const raw = JSON.parse(readFileSync(V1_FILE, 'utf8')) as ScenarioFileV1;
    const before = structuredClone(raw);
    const migrated = migrateV1ToV2(raw);
    expect(raw).toEqual(before);
    expect(migrated).toMatchObject(GUIDED_DEFAULTS);
    expect(Object.keys(migrated).slice(0, 3)).toEqual(['schemaVersion', 'id', 'title']);
    for (const key of Object.keys(raw).filter((k) => k !== 'schemaVersion')) {
      expect(migrated).toHaveProperty(key, raw[key as keyof ScenarioFileV1]);
    }
  });

  it('gives a file that parses to the same scenario as the version 1 file', () => {
    const text = readFileSync(V1_FILE, 'utf8');
    const fromV1 = parseScenarioText(text);
    const fromMigrated = parseScenario(migrateV1ToV2(JSON.parse(text) as ScenarioFileV1));
    expect(fromV1.ok && fromMigrated.ok).toBe(true);
    expect(fromMigrated).toEqual(fromV1);
  });
});

describe('parseScenario across versions', () => {
  it('returns version 2 for a version 1 file', () => {
    const result = parseScenarioText(readFileSync(V1_FILE, 'utf8'));
    expect(result.ok && result.scenario).toMatchObject(GUIDED_DEFAULTS);
  });

  it('keeps version 1 errors in version 1 words', () => {
    const v1 = { ...guidedScenario(), schemaVersion: 1 };
    expect(errorsOf(v1)[0]).toMatchObject({ path: '$.system', message: 'is not a known key' });
  });

  it('fills in the version 2 defaults and accepts its own output again, unchanged', () => {
    const scenario = parsedScenario(guidedScenario());
    expect(scenario).toMatchObject({ ...GUIDED_DEFAULTS, views: ['logs', 'trace'] });
    expect(parsedScenario(scenario)).toEqual(scenario);
  });

  it('names both versions when schemaVersion is missing or unknown', () => {
    for (const schemaVersion of [undefined, 3, '2']) {
      const [error] = errorsOf({ ...guidedScenario(), schemaVersion });
      expect(error?.path).toBe('$.schemaVersion');
      expect(error?.allowed).toBe(
        'the number 2 (file format version 2; files with 1 are still read)',
      );
    }
  });
});
