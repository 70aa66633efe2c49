// The corpus of hostile scenario files in tests/fixtures/hostile, with the JSON path each must be
// rejected at, and the hostile inputs too big or too deep to keep as files, which are built here.
// A file marked `inert` is accepted on purpose: its script text sits in free-text record fields,
// which the UI renders as text (hostileInputs.test.ts checks the UI never injects HTML).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgeText, type HostileTally } from './hostileJudge.ts';

export const HOSTILE_DIR = join(import.meta.dirname, '..', 'fixtures', 'hostile');

/** Each fixture's expected error path, or `inert` for one that must load, run and stay text. */
export const HOSTILE_EXPECTATIONS: Readonly<Record<string, string>> = {
  'constructor-prototype.json': '$.topology.brokers[0].constructor',
  'duration-too-long.json': '$.durationMs',
  'enormous-duration.json': '$.durationMs',
  'enormous-partitions.json': '$.topology.topics[0].partitions',
  'infinity-literal.json': '$.durationMs',
  'infinity-string.json': '$.seed',
  'javascript-link-in-summary.json': '$.summary',
  'javascript-url-consumer-id.json': '$.topology.consumerGroups[0].members[0].id',
  'nan-string.json': '$.topology.consumerGroups[0].members[0].processingMsPerRecord',
  'negative-duration.json': '$.durationMs',
  'negative-interval.json': '$.topology.producers[0].rate.intervalMs',
  'proto-group-id.json': '$.topology.consumerGroups[0].id',
  'proto-key-root.json': '$.__proto__',
  'record-budget.json': '$.topology.producers[0].rate',
  'script-in-id.json': '$.id',
  'script-in-record-value.json': 'inert',
  'script-in-title.json': '$.title',
  'unknown-assertion-kind.json': '$.expect[0].kind',
  'unknown-assertion-operator.json': '$.expect[0].op',
  'unknown-intervention.json': '$.interventions[0].type',
};

export function hostileFixtureNames(): string[] {
  return readdirSync(HOSTILE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

export function readHostileFixture(name: string): string {
  return readFileSync(join(HOSTILE_DIR, name), 'utf8');
}

/** A scenario whose topology is `[[[…]]]` nested `depth` levels, as text. */
export function deeplyNestedText(depth: number): string {
  return `{"schemaVersion":2,"system":"kafka","id":"deep","topology":${'['.repeat(depth)}${']'.repeat(depth)}}`;
}

/** A scenario text of at least `bytes` bytes, nearly all of it one string in the title. */
export function hugeStringText(bytes: number): string {
  return `{"schemaVersion":2,"id":"huge","title":"${'x'.repeat(bytes)}"}`;
}

/**
 * Judges one fixture and checks its expectation; returns a problem or undefined. The parser's own
 * judgement (clean rejection, or an acceptance that runs) comes first.
 */
export function checkHostileFixture(
  tally: HostileTally,
  name: string,
  text = readHostileFixture(name),
): string | undefined {
  const expected = HOSTILE_EXPECTATIONS[name];
  if (expected === undefined) return `${name} has no expectation in HOSTILE_EXPECTATIONS`;
  let paths: string[] = [];
  const judged = judgeText(tally, name, text, (result) => {
    paths = result.ok ? [] : result.errors.map((e) => e.path);
  });
  if (judged !== undefined) return judged;
  if (expected === 'inert')
    return paths.length === 0
      ? undefined
      : `${name} should load but was rejected at ${paths.join(', ')}`;
  if (paths.includes(expected)) return undefined;
  const problem = `${name} should be rejected at ${expected}, got ${paths.length === 0 ? 'an accepted scenario' : paths.join(', ')}`;
  tally.problems.push(problem);
  return problem;
}
