// The whole hostile-input check in one call, for the sweep's --report: the fuzz properties, the
// corpus of fixture files and the inputs built in code. The vitest file runs the same pieces as
// separate tests; this module only counts.

import fc from 'fast-check';
import { parseScenarioText } from '../../src/scenario/index.ts';
import {
  checkHostileFixture,
  deeplyNestedText,
  hostileFixtureNames,
  hugeStringText,
} from './hostileCorpus.ts';
import { createHostileTally, judgeText, type HostileTally } from './hostileJudge.ts';
import {
  jsonTextProperty,
  jsonValueProperty,
  mutationProperty,
  scenarioSources,
  stringProperty,
} from './hostileProperties.ts';

/** The size of the huge-string case: 50 MB of text, fifty times the parser's limit. */
export const HUGE_TEXT_BYTES = 50 * 1024 * 1024;

/** Names of Object.prototype's own properties, to prove afterwards that none was added. */
export function prototypeSnapshot(): string {
  return [Object.prototype, Array.prototype]
    .map((p) => Object.getOwnPropertyNames(p).sort().join(','))
    .join('|');
}

/**
 * Parses the 50 MB text while JSON.parse is watched; returns a problem or undefined. The size
 * check must refuse it before any parsing, so JSON.parse must not be called at all.
 */
export function checkHugeText(tally: HostileTally): string | undefined {
  const text = hugeStringText(HUGE_TEXT_BYTES);
  const original = JSON.parse;
  let parsed = false;
  JSON.parse = (...args: Parameters<typeof JSON.parse>) => {
    parsed = true;
    return original(...args) as unknown;
  };
  try {
    const problem = judgeText(tally, '50 MB string', text, (r) => {
      if (r.ok || r.errors[0]?.path !== '$') tally.problems.push('50 MB string: not rejected at $');
    });
    return problem ?? (parsed ? '50 MB string: JSON.parse was called' : undefined);
  } finally {
    JSON.parse = original;
  }
}

export interface HostileSuiteOptions {
  readonly numRuns: number;
  readonly seed: number;
}

/** Runs everything and returns the tally; problems are listed in it, nothing throws. */
export function runHostileSuite(options: HostileSuiteOptions): HostileTally {
  const tally = createHostileTally();
  const before = prototypeSnapshot();
  const sources = scenarioSources();
  const params = { numRuns: options.numRuns, seed: options.seed };
  // fc.check records nothing itself here; the tally inside each property does the counting.
  fc.check(jsonValueProperty(tally), params);
  fc.check(stringProperty(tally), params);
  fc.check(jsonTextProperty(tally), params);
  fc.check(mutationProperty(tally, sources), params);
  for (const name of hostileFixtureNames()) checkHostileFixture(tally, name);
  judgeText(tally, '1000-deep nesting', deeplyNestedText(1000));
  const huge = checkHugeText(tally);
  if (huge !== undefined) tally.problems.push(huge);
  if (parseScenarioText(deeplyNestedText(1000)).ok)
    tally.problems.push('1000-deep nesting was accepted');
  if (prototypeSnapshot() !== before || ({} as Record<string, unknown>).polluted !== undefined) {
    tally.problems.push('Object.prototype or Array.prototype was changed');
  }
  return tally;
}
