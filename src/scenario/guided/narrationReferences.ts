// Checks on narration that need the whole scenario: step ids are unique, timed steps fall inside
// the run and in order, onEvent triggers can match, highlights name real entities, and every
// prediction has exactly one correct choice.

import type { ScenarioIndex } from '../crossReferenceIndex.ts';
import { afterEndError, quoted } from '../referenceErrors.ts';
import type { ScenarioError } from '../scenarioError.ts';
import type { ScenarioFile } from '../scenarioSchema.ts';
import { checkEntity, duplicateIdErrors } from './entityReferences.ts';
import { checkWhere } from './eventReferences.ts';
import type { NarrationStep, Prediction } from './guidedTypes.ts';
import { HIGHLIGHT_GRAMMAR, parseHighlight } from './highlight.ts';

const ENTITY_OF = {
  partition: 'partition',
  consumer: 'consumer',
  producer: 'producer',
  group: 'consumer group',
  broker: 'broker',
} as const;

function checkHighlight(text: string, path: string, index: ScenarioIndex) {
  const highlight = parseHighlight(text);
  if (highlight === undefined) {
    return {
      path,
      message: 'is not a highlight',
      found: quoted(text),
      allowed: HIGHLIGHT_GRAMMAR,
    };
  }
  if (highlight.kind === 'window') return undefined;
  return checkEntity(ENTITY_OF[highlight.kind], highlight.name, path, index);
}

function checkPrediction(prediction: Prediction, path: string): ScenarioError[] {
  const errors = duplicateIdErrors(prediction.choices, (i) => `${path}.choices[${i}]`, 'choice');
  const correct = prediction.choices.filter((choice) => choice.correct).length;
  if (correct !== 1) {
    errors.push({
      path: `${path}.choices`,
      message: correct === 0 ? 'has no correct choice' : `has ${correct} correct choices`,
      found: `${correct} with correct: true`,
      allowed: 'exactly one choice with correct: true',
    });
  }
  return errors;
}

function checkStep(
  step: NarrationStep,
  path: string,
  scenario: ScenarioFile,
  index: ScenarioIndex,
): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const trigger = step.trigger;
  if (trigger.kind === 'atTime' && trigger.atMs > scenario.durationMs) {
    errors.push(afterEndError(`${path}.trigger.atMs`, trigger.atMs, scenario.durationMs));
  }
  if (trigger.kind === 'onEvent') {
    errors.push(...checkWhere(trigger.eventType, trigger.where, `${path}.trigger.where`, index));
  }
  step.highlights?.forEach((text, h) => {
    const error = checkHighlight(text, `${path}.highlights[${h}]`, index);
    if (error !== undefined) errors.push(error);
  });
  if (step.prediction !== undefined) {
    errors.push(...checkPrediction(step.prediction, `${path}.prediction`));
  }
  return errors;
}

/** Steps show in file order, so a timed step must not come before an earlier timed step. */
function checkTimedOrder(narration: readonly NarrationStep[]): ScenarioError[] {
  const errors: ScenarioError[] = [];
  let latestMs = 0;
  narration.forEach((step, s) => {
    if (step.trigger.kind !== 'atTime') return;
    if (step.trigger.atMs < latestMs) {
      errors.push({
        path: `$.narration[${s}].trigger.atMs`,
        message: 'is earlier than a timed step before it',
        found: String(step.trigger.atMs),
        allowed: `a time from ${latestMs}, since steps show in file order`,
      });
    }
    latestMs = Math.max(latestMs, step.trigger.atMs);
  });
  return errors;
}

/** Every cross-reference error in the narration of a scenario that passed the schema. */
export function checkNarration(scenario: ScenarioFile, index: ScenarioIndex): ScenarioError[] {
  const narration = scenario.narration;
  return [
    ...duplicateIdErrors(narration, (s) => `$.narration[${s}]`, 'narration step'),
    ...checkTimedOrder(narration),
    ...narration.flatMap((step, s) => checkStep(step, `$.narration[${s}]`, scenario, index)),
  ];
}
