// Cross-reference checks for how producers stamp event time and values: clock jumps happen within
// the run, an integer value range is not empty, and the settings that shape generated records are
// not given to a scripted producer, whose records carry their own event time and value.

import type { ProducerSpec } from '../engine/index.ts';
import { afterEndError } from './referenceErrors.ts';
import { describeFound, type ScenarioError } from './scenarioError.ts';
import { RECORD_VALUE_MAX } from './scenarioLimits.ts';
import type { ScenarioCore } from './scenarioSchemaV1.ts';

const GENERATED_ONLY = {
  clock: 'each scripted record gives its own eventTimeMs',
  lateness: 'each scripted record gives its own eventTimeMs',
  values: 'each scripted record gives its own value',
} as const;

function checkScripted(producer: ProducerSpec, path: string): ScenarioError[] {
  if (producer.rate.kind !== 'scripted') return [];
  const errors: ScenarioError[] = [];
  for (const [field, instead] of Object.entries(GENERATED_ONLY)) {
    const value = producer[field as keyof typeof GENERATED_ONLY];
    if (value === undefined) continue;
    errors.push({
      path: `${path}.${field}`,
      message: `shapes generated records only, but this producer's rate is scripted`,
      found: describeFound(value),
      allowed: `nothing for a scripted producer: ${instead}`,
    });
  }
  return errors;
}

function checkProducer(producer: ProducerSpec, path: string, durationMs: number): ScenarioError[] {
  const errors = checkScripted(producer, path);
  (producer.clock?.jumps ?? []).forEach((jump, j) => {
    if (jump.atMs > durationMs)
      errors.push(afterEndError(`${path}.clock.jumps[${j}].atMs`, jump.atMs, durationMs));
  });
  const values = producer.values;
  if (values?.kind === 'integer' && values.min > values.max) {
    errors.push({
      path: `${path}.values.max`,
      message: `is below min (${values.min})`,
      found: String(values.max),
      allowed: `an integer from min (${values.min}) to ${RECORD_VALUE_MAX}`,
    });
  }
  return errors;
}

/** Errors in the event-time and value settings of the producers of a scenario. */
export function checkEventTime(scenario: ScenarioCore): ScenarioError[] {
  return scenario.topology.producers.flatMap((producer, i) =>
    checkProducer(producer, `$.topology.producers[${i}]`, scenario.durationMs),
  );
}
