// Hostile and malformed scenario inputs: fuzzed JSON and text, mutations of the real scenario
// files, and a corpus of hostile fixtures. Every input must be either rejected with errors that
// name a `$` path, or accepted and then run; nothing may throw, pollute prototypes, parse a 50 MB
// text, or reach the page as HTML.

import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/index.ts';
import {
  checkHostileFixture,
  deeplyNestedText,
  HOSTILE_EXPECTATIONS,
  hostileFixtureNames,
} from './hostileCorpus.ts';
import { createHostileTally, judgeText } from './hostileJudge.ts';
import {
  jsonTextProperty,
  jsonValueProperty,
  mutationProperty,
  scenarioSources,
  stringProperty,
} from './hostileProperties.ts';
import { checkHugeText, prototypeSnapshot } from './hostileSuite.ts';
import { nestedArrays } from './scenarioMutations.ts';

const prototypesBefore = prototypeSnapshot();
const FUZZ = { numRuns: 200, seed: 20_240_601 };

describe('fuzzing the scenario parser', () => {
  const cases = {
    'any JSON value given to parseScenario': jsonValueProperty,
    'any string given to parseScenarioText': stringProperty,
    'any JSON value as text given to parseScenarioText': jsonTextProperty,
  };
  it.each(Object.entries(cases))('%s is rejected cleanly or runs', (_name, property) => {
    const tally = createHostileTally();
    fc.assert(property(tally), FUZZ);
    expect(tally.problems).toEqual([]);
  });

  it('mutations of the real scenario files are rejected cleanly or run', () => {
    const tally = createHostileTally();
    fc.assert(mutationProperty(tally, scenarioSources()), FUZZ);
    expect(tally.problems).toEqual([]);
    // Both outcomes must actually occur, or the mutations are not reaching the schema.
    expect(tally.rejectedCleanly).toBeGreaterThan(0);
    expect(tally.acceptedAndRan).toBeGreaterThan(0);
  });
});

describe('the hostile corpus', () => {
  it('has an expectation for every fixture file and a file for every expectation', () => {
    expect(hostileFixtureNames()).toEqual(Object.keys(HOSTILE_EXPECTATIONS).sort());
  });

  it.each(hostileFixtureNames())('%s is handled as expected', (name) => {
    expect(checkHostileFixture(createHostileTally(), name)).toBeUndefined();
  });

  it('refuses 1000 levels of nesting in text at $, before JSON.parse could overflow', () => {
    const tally = createHostileTally();
    let message = '';
    judgeText(tally, 'deep', deeplyNestedText(1000), (r) => {
      message = r.ok ? 'accepted' : `${r.errors[0]?.path} ${r.errors[0]?.message}`;
    });
    expect(tally.problems).toEqual([]);
    expect(message).toMatch(/^\$ nests arrays and objects more than \d+ levels deep/);
  });

  it('refuses a 1000-deep value given straight to parseScenario without throwing', () => {
    const result = parseScenario({ schemaVersion: 2, id: 'deep', topology: nestedArrays(1000) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.every((e) => e.path.startsWith('$'))).toBe(true);
  });

  it('refuses a 50 MB text by its size, quickly, without calling JSON.parse', () => {
    const tally = createHostileTally();
    const started = performance.now();
    expect(checkHugeText(tally)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(tally.problems).toEqual([]);
  });
});

/** Every non-test source file under src/ui, which is where text could become markup. */
function uiSourceFiles(dir = join(import.meta.dirname, '..', '..', 'src', 'ui')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return uiSourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('script text that the schema allows stays inert', () => {
  it('the UI never injects HTML, so script text in record keys and values renders as text', () => {
    const files = uiSourceFiles();
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.filter((f) =>
      /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(
        readFileSync(f, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});

describe('after all of the above', () => {
  it('Object.prototype and Array.prototype are unchanged', () => {
    expect(prototypeSnapshot()).toBe(prototypesBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
