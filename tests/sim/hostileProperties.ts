// fast-check properties over hostile inputs, shared by hostileInputs.test.ts (fc.assert, which
// shrinks and prints a counterexample) and the sweep's --report (fc.check, which only counts).
// Each property holds when the parser's outcome is clean in the sense of hostileJudge.ts.

import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_DIR, scenarioFileNames } from '../support/scenarios.ts';
import { judgeText, judgeValue, type HostileTally } from './hostileJudge.ts';
import { applyMutation, mutation } from './scenarioMutations.ts';

export interface ScenarioSource {
  readonly name: string;
  readonly value: unknown;
}

/** The real scenario files, read as plain JSON (they are trusted), to mutate. */
export function scenarioSources(): ScenarioSource[] {
  return scenarioFileNames().map((name) => ({
    name,
    value: JSON.parse(readFileSync(join(SCENARIO_DIR, name), 'utf8')) as unknown,
  }));
}

/** Any JSON value given straight to parseScenario. */
export function jsonValueProperty(tally: HostileTally) {
  return fc.property(
    fc.jsonValue(),
    (value) =>
      judgeValue(tally, `value ${JSON.stringify(value).slice(0, 80)}`, value) === undefined,
  );
}

/** Any string, mostly not JSON, given to parseScenarioText. */
export function stringProperty(tally: HostileTally) {
  return fc.property(
    fc.string({ unit: 'binary', maxLength: 400 }),
    (text) => judgeText(tally, `text ${JSON.stringify(text.slice(0, 80))}`, text) === undefined,
  );
}

/** Any JSON value as text, so the text path reaches the schema as well. */
export function jsonTextProperty(tally: HostileTally) {
  return fc.property(fc.jsonValue(), (value) => {
    const text = JSON.stringify(value);
    return judgeText(tally, `json text ${text.slice(0, 80)}`, text) === undefined;
  });
}

/** A real scenario file with one mutation, as a value and as text. */
export function mutationProperty(tally: HostileTally, sources: readonly ScenarioSource[]) {
  return fc.property(fc.constantFrom(...sources), mutation, (source, m) => {
    const mutated = applyMutation(source.value, m);
    const label = `${source.name} with ${m.op} at walk [${m.walk.join(',')}]`;
    const asValue = judgeValue(tally, `${label} (value)`, mutated);
    const asText = judgeText(tally, `${label} (text)`, JSON.stringify(mutated) ?? '');
    return asValue === undefined && asText === undefined;
  });
}
