// The catalogue holds what the scenario layer returned, which is always a format version 2 file
// with its guided parts (narration, outcomes, parameters, variants). This narrows a summary back
// to that full type, so the lesson can hand it to applyVariant and checkOutcomes.

import type { ScenarioFile } from '../../scenario/index.ts';
import type { ScenarioSummary } from './scenarioCatalog.ts';

/**
 * The scenario as a version 2 file, or null for a summary without the guided parts (a test double).
 *
 * @example
 * const guided = guidedScenario(scenario);
 * if (guided !== null && guided.narration.length > 0) showLesson(guided);
 */
export function guidedScenario(scenario: ScenarioSummary): ScenarioFile | null {
  const candidate = scenario as Partial<ScenarioFile>;
  const complete =
    candidate.schemaVersion === 2 &&
    Array.isArray(candidate.narration) &&
    Array.isArray(candidate.expect) &&
    Array.isArray(candidate.parameters) &&
    Array.isArray(candidate.variants);
  return complete ? (scenario as ScenarioFile) : null;
}
