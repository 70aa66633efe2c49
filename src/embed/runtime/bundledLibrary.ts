// The scenario files bundled with the iframe route and the React component, validated one at a
// time when an embed asks for one (the app's catalogue validates all thirty at start, which an
// embed on a lesson page has no need to wait for). A file's name is its scenario's id.

import { formatScenarioErrors, parseScenario } from '../../scenario/index.ts';
import type { ScenarioSummary } from '../../ui/catalog/scenarioCatalog.ts';
import type { ResolvedScenario, ScenarioLibrary } from './scenarioLibrary.ts';

const scenarioModules: Record<string, unknown> = import.meta.glob('/scenarios/*.json', {
  eager: true,
  import: 'default',
});

/** How many ids a "no such scenario" message lists before "…". */
const IDS_SHOWN_MAX = 8;

function pathOf(id: string): string {
  return `/scenarios/${id}.json`;
}

function parseBundled(id: string, value: unknown): ResolvedScenario {
  const result = parseScenario(value);
  if (!result.ok) {
    return {
      ok: false,
      message: `scenario ${JSON.stringify(id)}: ${formatScenarioErrors(result.errors.slice(0, 5))}`,
    };
  }
  const scenario: ScenarioSummary = result.scenario;
  if (scenario.id !== id) {
    return {
      ok: false,
      message: `scenario: ${pathOf(id)} holds the scenario ${JSON.stringify(scenario.id)}`,
    };
  }
  return { ok: true, scenario, fromCatalog: true };
}

/**
 * A library over `modules` (by default every bundled scenarios/*.json).
 *
 * @example
 * bundledLibrary().find('core-loop');
 */
export function bundledLibrary(
  modules: Readonly<Record<string, unknown>> = scenarioModules,
): ScenarioLibrary {
  const parsed = new Map<string, ResolvedScenario>();
  const ids = Object.keys(modules)
    .map((path) => /^\/scenarios\/(.+)\.json$/.exec(path)?.[1] ?? '')
    .filter((id) => id !== '' && id !== 'schema')
    .sort();
  return {
    find(id) {
      const known = parsed.get(id);
      if (known !== undefined) return known;
      if (!ids.includes(id)) {
        const shown =
          ids.slice(0, IDS_SHOWN_MAX).join(', ') + (ids.length > IDS_SHOWN_MAX ? ', …' : '');
        return {
          ok: false,
          message: `scenario: no scenario has the id ${JSON.stringify(id)}; ids include ${shown}`,
        };
      }
      const result = parseBundled(id, modules[pathOf(id)]);
      parsed.set(id, result);
      return result;
    },
  };
}
