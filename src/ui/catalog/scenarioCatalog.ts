// Builds the list of scenarios the app offers from the raw JSON modules of scenarios/*.json.
// Every file is validated; invalid ones stay in the list with their validation message, so a bad
// file is visible to its author instead of crashing the app or silently vanishing.

import type { ScenarioModel } from '../../engine/index.ts';
import type { SystemName } from '../../scenario/index.ts';

/**
 * What the UI needs from a validated scenario file. The scenario layer always returns format
 * version 2, so in the app `system` and `concepts` are present; test doubles may leave them out.
 */
export interface ScenarioSummary extends ScenarioModel {
  readonly title: string;
  readonly summary: string;
  readonly modules: readonly string[];
  readonly system?: SystemName;
  readonly concepts?: readonly string[];
}

export type ScenarioParseResult<TError> =
  | { readonly ok: true; readonly scenario: ScenarioSummary }
  | { readonly ok: false; readonly errors: readonly TError[] };

/** The scenario layer's validator, injected so the catalog can be tested without it. */
export interface ScenarioParser<TError> {
  readonly parse: (input: unknown) => ScenarioParseResult<TError>;
  readonly formatErrors: (errors: readonly TError[]) => string;
}

export type CatalogEntry =
  | { readonly kind: 'valid'; readonly path: string; readonly scenario: ScenarioSummary }
  | { readonly kind: 'invalid'; readonly path: string; readonly message: string };

/** The JSON Schema lives beside the scenarios but is not one. */
function isScenarioPath(path: string): boolean {
  return path.endsWith('.json') && !path.endsWith('/schema.json');
}

/**
 * Validates each module and returns the entries sorted by path.
 *
 * @example
 * buildScenarioCatalog({ '/scenarios/a.json': json }, { parse: parseScenario, formatErrors: formatScenarioErrors });
 */
export function buildScenarioCatalog<TError>(
  modules: Readonly<Record<string, unknown>>,
  parser: ScenarioParser<TError>,
): CatalogEntry[] {
  const seenIds = new Map<string, string>();
  return Object.keys(modules)
    .filter(isScenarioPath)
    .sort()
    .map((path): CatalogEntry => {
      const result = safeParse(parser, modules[path]);
      if (!result.ok) return { kind: 'invalid', path, message: result.message };
      const earlierPath = seenIds.get(result.scenario.id);
      if (earlierPath !== undefined) {
        return {
          kind: 'invalid',
          path,
          message: `id "${result.scenario.id}" is already used by ${earlierPath}`,
        };
      }
      seenIds.set(result.scenario.id, path);
      return { kind: 'valid', path, scenario: result.scenario };
    });
}

type SafeResult =
  | { readonly ok: true; readonly scenario: ScenarioSummary }
  | { readonly ok: false; readonly message: string };

// A validator that throws must not take the whole list down with it.
function safeParse<TError>(parser: ScenarioParser<TError>, input: unknown): SafeResult {
  try {
    const result = parser.parse(input);
    return result.ok ? result : { ok: false, message: parser.formatErrors(result.errors) };
  } catch (error) {
    return {
      ok: false,
      message: `validator failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** Finds the valid scenario with `id`. */
export function findScenario(
  catalog: readonly CatalogEntry[],
  id: string | null,
): ScenarioSummary | null {
  for (const entry of catalog)
    if (entry.kind === 'valid' && entry.scenario.id === id) return entry.scenario;
  return null;
}
