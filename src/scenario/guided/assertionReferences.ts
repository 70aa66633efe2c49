// Checks on expected outcomes that need the whole scenario: groups, jobs, dataflows and their
// sinks exist, every time falls inside the run, a `where` can match, a window ends after it
// starts, and a failureFreeOutput names exactly one output it can compare.

import type { ScenarioIndex } from '../crossReferenceIndex.ts';
import { afterEndError } from '../referenceErrors.ts';
import type { ScenarioError } from '../scenarioError.ts';
import type { ScenarioFile } from '../scenarioSchema.ts';
import { checkEntity } from './entityReferences.ts';
import { checkWhere } from './eventReferences.ts';
import { checkOutputChoice, checkOutputSink, checkSink } from './sinkReferences.ts';
import type { Assertion } from './guidedTypes.ts';

/** The times an assertion names, with the key each one sits under. */
function timesOf(assertion: Assertion): [string, number][] {
  switch (assertion.kind) {
    case 'groupState':
    case 'lag':
      return [['atMs', assertion.atMs]];
    case 'lagReaches':
      return [
        ['byMs', assertion.byMs],
        ...(assertion.afterMs === undefined
          ? []
          : [['afterMs', assertion.afterMs] as [string, number]]),
      ];
    case 'eventCount':
      return assertion.byMs === undefined ? [] : [['byMs', assertion.byMs]];
    case 'sinkRows':
      return [['atMs', assertion.atMs]];
    case 'dataflowMetric':
      return [
        ...(assertion.afterMs === undefined
          ? []
          : [['afterMs', assertion.afterMs] as [string, number]]),
        ...(assertion.byMs === undefined ? [] : [['byMs', assertion.byMs] as [string, number]]),
      ];
    case 'failureFreeOutput':
      return assertion.atMs === undefined ? [] : [['atMs', assertion.atMs]];
    case 'deliveries':
    case 'windowResult':
      return [];
  }
}

function checkOrder(assertion: Assertion, path: string): ScenarioError | undefined {
  if (
    assertion.kind === 'dataflowMetric' &&
    assertion.byMs !== undefined &&
    (assertion.afterMs ?? 0) >= assertion.byMs
  ) {
    return {
      path: `${path}.afterMs`,
      message: 'is not before byMs, so no sample could count',
      found: String(assertion.afterMs ?? 0),
      allowed: `a time before byMs (${assertion.byMs})`,
    };
  }
  const window = assertion.kind === 'sinkRows' ? assertion.window : undefined;
  if (window !== undefined && window[0] >= window[1]) {
    return {
      path: `${path}.window`,
      message: 'ends before it starts',
      found: `[${window[0]}, ${window[1]}]`,
      allowed: '[startMs, endMs] with startMs < endMs',
    };
  }
  if (assertion.kind === 'lagReaches' && (assertion.afterMs ?? 0) >= assertion.byMs) {
    return {
      path: `${path}.afterMs`,
      message: 'is not before byMs',
      found: String(assertion.afterMs ?? 0),
      allowed: `a time before byMs (${assertion.byMs})`,
    };
  }
  if (assertion.kind === 'windowResult' && assertion.window[0] >= assertion.window[1]) {
    return {
      path: `${path}.window`,
      message: 'ends before it starts',
      found: `[${assertion.window[0]}, ${assertion.window[1]}]`,
      allowed: '[startMs, endMs] with startMs < endMs',
    };
  }
  return undefined;
}

function checkAssertion(
  assertion: Assertion,
  path: string,
  scenario: ScenarioFile,
  index: ScenarioIndex,
): ScenarioError[] {
  const errors: ScenarioError[] = [];
  for (const [key, atMs] of timesOf(assertion)) {
    if (atMs > scenario.durationMs)
      errors.push(afterEndError(`${path}.${key}`, atMs, scenario.durationMs));
  }
  const group = 'group' in assertion ? assertion.group : undefined;
  const groupError =
    group === undefined ? undefined : checkEntity('consumer group', group, `${path}.group`, index);
  const job = 'job' in assertion ? assertion.job : undefined;
  // The dataflow assertions read what only dataflows have: metrics samples and sink operators.
  const dataflowOnly = assertion.kind === 'dataflowMetric' || assertion.kind === 'sinkRows';
  if (assertion.kind === 'failureFreeOutput') errors.push(...checkOutputChoice(assertion, path));
  const jobError =
    job === undefined
      ? undefined
      : checkEntity(dataflowOnly ? 'dataflow' : 'job', job, `${path}.job`, index);
  const sinkError =
    assertion.kind === 'sinkRows' && jobError === undefined
      ? checkSink(assertion.job, assertion.sink, `${path}.sink`, scenario)
      : assertion.kind === 'failureFreeOutput' && job !== undefined && jobError === undefined
        ? checkOutputSink(job, assertion.sink, path, scenario)
        : undefined;
  const orderError = checkOrder(assertion, path);
  for (const error of [groupError, jobError, sinkError, orderError])
    if (error !== undefined) errors.push(error);
  if (assertion.kind === 'eventCount') {
    errors.push(...checkWhere(assertion.eventType, assertion.where, `${path}.where`, index));
  }
  return errors;
}

/** Every cross-reference error in the expected outcomes of a scenario that passed the schema. */
export function checkAssertions(scenario: ScenarioFile, index: ScenarioIndex): ScenarioError[] {
  return scenario.expect.flatMap((assertion, a) =>
    checkAssertion(assertion, `$.expect[${a}]`, scenario, index),
  );
}
