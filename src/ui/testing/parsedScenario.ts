// A real scenario file parsed by the scenario layer, as the catalogue holds it, for tests of the
// link decoder (which re-parses the scenario with the link's interventions added).

import eagerRebalance from '../../../scenarios/eager-rebalance-pause.json';
import { formatScenarioErrors, parseScenario } from '../../scenario/index.ts';
import type { ScenarioSummary } from '../catalog/scenarioCatalog.ts';

/** `eager-rebalance-pause`: brokers b1 and b2, producer p1, consumers c1 to c3, 60 s. */
export function parsedEagerScenario(): ScenarioSummary {
  const result = parseScenario(eagerRebalance);
  if (!result.ok) throw new Error(formatScenarioErrors(result.errors));
  return result.scenario;
}
