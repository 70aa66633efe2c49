// Loads scenarios/*.json at build time and validates each with the scenario layer.

import { formatScenarioErrors, parseScenario } from '../../scenario/index.ts';
import { buildScenarioCatalog, type CatalogEntry } from './scenarioCatalog.ts';

const scenarioModules: Record<string, unknown> = import.meta.glob('/scenarios/*.json', {
  eager: true,
  import: 'default',
});

export function loadScenarioCatalog(): CatalogEntry[] {
  return buildScenarioCatalog(scenarioModules, {
    parse: parseScenario,
    formatErrors: formatScenarioErrors,
  });
}
