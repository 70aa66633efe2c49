import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatScenarioErrors, parseScenario } from '../../scenario/index.ts';
import type { ScenarioSummary } from '../catalog/scenarioCatalog.ts';
import { decodeRunData } from './decodeRunData.ts';
import { parseSessionHash, sessionHash } from './sessionLink.ts';

const DIRECTORY = new URL('../../../scenarios/', import.meta.url);

function catalogScenarios(): ScenarioSummary[] {
  return readdirSync(DIRECTORY)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .flatMap((name) => {
      const result = parseScenario(JSON.parse(readFileSync(new URL(name, DIRECTORY), 'utf8')));
      return result.ok ? [result.scenario] : [];
    });
}

describe('links for every scenario in the catalogue', () => {
  // Live commands come before the scenario's own in time, which shifts the indices that variants
  // and narration use; a link must still be accepted.
  test.each(catalogScenarios().map((scenario) => [scenario.id, scenario] as const))(
    '%s accepts an early live crash of its first consumer',
    (_id, scenario) => {
      const target = scenario.topology.consumerGroups[0]?.members[0]?.id;
      if (target === undefined) return;
      const state = {
        seed: 5,
        interventions: [{ atMs: 1, type: 'consumer.crash', target } as const],
        position: { tMs: 2, traceLength: 3 },
        params: {},
      };
      const result = decodeRunData(
        parseSessionHash(sessionHash(scenario.id, state)).run ?? '',
        scenario,
      );
      expect(result.ok ? 'ok' : formatScenarioErrors(result.errors)).toBe('ok');
    },
  );
});
