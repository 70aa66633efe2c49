// JSON paths into a scenario, such as `$.topology.consumerGroups[0].sessionTimeoutMs`, used by
// parameters, variants and the config mapping. The grammar is deliberately tiny (property names
// and array indexes only), and paths address the parsed scenario: defaults are filled in and
// interventions are in time order, so a path may name a setting the file leaves to its default.

import { JSON_PATH_CHARS_MAX, JSON_PATH_SEGMENTS_MAX } from '../scenarioLimits.ts';
import { valueAt } from '../scenarioError.ts';

export type PathSegment = string | number;

const SEGMENT = /\.([A-Za-z_][A-Za-z0-9_]*)|\[(0|[1-9][0-9]{0,5})\]/y;

/** Property names no path may use, so that setting a value can never reach a prototype. */
const FORBIDDEN_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Top-level fields a knob may change; the rest describe the scenario rather than the world. */
const SETTABLE_ROOTS: ReadonlySet<string> = new Set([
  'seed',
  'durationMs',
  'topology',
  'interventions',
  'expect',
]);

export const SCENARIO_PATH_RULE =
  `a JSON path of at most ${JSON_PATH_SEGMENTS_MAX} steps like ` +
  '"$.topology.consumerGroups[0].sessionTimeoutMs", starting at seed, durationMs, topology, ' +
  'interventions or expect';

/**
 * The segments of a path, or undefined when it is not in the grammar.
 *
 * @example
 * parseScenarioPath('$.topology.topics[0].partitions'); // ['topology', 'topics', 0, 'partitions']
 */
export function parseScenarioPath(path: string): PathSegment[] | undefined {
  if (!path.startsWith('$') || path.length > JSON_PATH_CHARS_MAX) return undefined;
  const segments: PathSegment[] = [];
  SEGMENT.lastIndex = 1;
  while (SEGMENT.lastIndex < path.length) {
    const match = SEGMENT.exec(path);
    if (match === null) return undefined;
    const [, name, index] = match;
    if (name !== undefined && FORBIDDEN_NAMES.has(name)) return undefined;
    segments.push(name ?? Number(index));
  }
  const root = segments[0];
  if (typeof root !== 'string' || !SETTABLE_ROOTS.has(root)) return undefined;
  return segments.length <= JSON_PATH_SEGMENTS_MAX ? segments : undefined;
}

/** The value a path names in a scenario, or undefined when the path does not resolve. */
export function resolveScenarioPath(scenario: unknown, path: string): unknown {
  const segments = parseScenarioPath(path);
  return segments === undefined ? undefined : valueAt(scenario, segments);
}

/**
 * Replaces the value at a path that already resolves in `root`, which the caller owns (a copy).
 * Returns false, changing nothing, when the path does not resolve.
 */
export function setAtScenarioPath(root: unknown, path: string, value: unknown): boolean {
  const segments = parseScenarioPath(path);
  const last = segments?.at(-1);
  if (segments === undefined || last === undefined) return false;
  const parent = valueAt(root, segments.slice(0, -1));
  if (typeof parent !== 'object' || parent === null || !Object.hasOwn(parent, last)) return false;
  (parent as Record<PathSegment, unknown>)[last] = value;
  return true;
}
