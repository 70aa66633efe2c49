// Property tests: no value, however odd, makes the parser throw, and every rejection names a path.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText } from './index.ts';
import { fullScenario, guidedFullScenario, minimalScenario } from './testScenarios.ts';

type Json = unknown;

/** Every path into a JSON value, as lists of keys and indexes, including the root. */
function allPaths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix];
  if (Array.isArray(value))
    value.forEach((item, i) => paths.push(...allPaths(item, [...prefix, i])));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value))
      paths.push(...allPaths(item, [...prefix, key]));
  }
  return paths;
}

/** A copy of `root` with the value at `path` replaced, or deleted when `replacement` is undefined. */
function withValueAt(root: Json, path: readonly (string | number)[], replacement: Json): Json {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1) as string | number;
  if (replacement === undefined) delete parent[last];
  else
    Object.defineProperty(parent, last, { value: replacement, enumerable: true, writable: true });
  return copy;
}

function expectWellFormed(result: ReturnType<typeof parseScenario>): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(error.path).toMatch(/^\$/);
    expect(error.message.length).toBeGreaterThan(0);
    if (error.found !== undefined) expect(error.found.length).toBeLessThanOrEqual(80);
  }
}

const bases = [minimalScenario(), fullScenario(), guidedFullScenario()];
const basePaths = bases.map((base) => allPaths(base));

describe('parseScenario on arbitrary input', () => {
  it('never throws on any JSON value and names a path for every error', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(parseScenario(value));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expectWellFormed(parseScenarioText(text));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when one field of a valid scenario is replaced or removed', () => {
    const mutation = fc.record({
      base: fc.nat(bases.length - 1),
      pick: fc.nat(),
      replacement: fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(mutation, ({ base, pick, replacement }) => {
        const paths = basePaths[base] ?? [];
        const path = paths[pick % paths.length] ?? [];
        const mutated = withValueAt(bases[base], path, replacement);
        expectWellFormed(parseScenario(mutated));
        expectWellFormed(parseScenarioText(JSON.stringify(mutated) ?? ''));
      }),
      { numRuns: 1000 },
    );
  });
});
