// Builders for the cross-reference errors that several checks share, so that the same mistake
// reads the same wherever it happens.

import type { ScenarioIndex } from './crossReferenceIndex.ts';
import { truncate, type ScenarioError } from './scenarioError.ts';

/** Names a list of allowed names, shortened so an error line stays readable. */
export function namesAllowed(label: string, names: readonly string[]): string {
  if (names.length === 0) return `${label}, but none is declared`;
  return truncate(`${label}: ${names.join(', ')}`, 200);
}

/** A name as it appears in JSON, shortened. */
export function quoted(name: string): string {
  return truncate(JSON.stringify(name));
}

export function missingTopicError(
  path: string,
  topic: string,
  index: ScenarioIndex,
): ScenarioError {
  return {
    path,
    message: 'names a topic that does not exist',
    found: quoted(topic),
    allowed: namesAllowed('one of the topics', [...index.partitions.keys()]),
  };
}

export function afterEndError(path: string, atMs: number, durationMs: number): ScenarioError {
  return {
    path,
    message: 'is after the end of the scenario',
    found: String(atMs),
    allowed: `a time from 0 to durationMs (${durationMs})`,
  };
}

/** An error when a producer's stopAtMs is before its startAtMs. */
export function stopBeforeStart(
  entity: { readonly startAtMs: number; readonly stopAtMs?: number },
  path: string,
  durationMs: number,
): ScenarioError[] {
  if (entity.stopAtMs === undefined || entity.stopAtMs >= entity.startAtMs) return [];
  return [
    {
      path: `${path}.stopAtMs`,
      message: 'is before startAtMs',
      found: String(entity.stopAtMs),
      allowed: `a time from startAtMs (${entity.startAtMs}) to durationMs (${durationMs})`,
    },
  ];
}
