// Every check of the guided parts of a version 2 scenario that needs the whole file, after the
// schema and the version 1 cross-reference checks have passed.

import { indexScenario } from '../crossReferenceIndex.ts';
import type { ScenarioError } from '../scenarioError.ts';
import type { ScenarioFile } from '../scenarioSchema.ts';
import { checkAssertions } from './assertionReferences.ts';
import { checkKnobs } from './knobReferences.ts';
import { checkNarration } from './narrationReferences.ts';

export function checkGuidedReferences(scenario: ScenarioFile): ScenarioError[] {
  const index = indexScenario(scenario);
  return [
    ...checkNarration(scenario, index),
    ...checkAssertions(scenario, index),
    ...checkKnobs(scenario),
  ];
}
