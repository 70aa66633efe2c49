// What a page opened from a link should start with: the link's session state when it is valid
// for this scenario (its seed, interventions and position, and the lesson's variant and parameter
// values), or the scenario's defaults plus the reasons when it is not.

import type { ScenarioModel } from '../../engine/index.ts';
import { checkLinkKnobs } from './checkLinkKnobs.ts';
import { decodeRunData } from './decodeRunData.ts';
import type { LinkError } from './linkErrors.ts';
import { parseSessionHash, type SessionLinkState } from './sessionLink.ts';

export interface LinkedStart {
  /** Null starts the scenario with its defaults. */
  readonly state: SessionLinkState | null;
  /** Why the link's state was refused, or null when there was nothing to refuse. */
  readonly errors: readonly LinkError[] | null;
}

export const DEFAULT_START: LinkedStart = { state: null, errors: null };

/**
 * Reads the session state for `scenario` from a location hash.
 *
 * @example
 * readLinkedStart(scenario, window.location.hash).state?.seed;
 */
export function readLinkedStart(scenario: ScenarioModel, hash: string): LinkedStart {
  const parsed = parseSessionHash(hash);
  if (parsed.scenarioId !== scenario.id || parsed.run === null) return DEFAULT_START;
  const result = decodeRunData(parsed.run, scenario);
  if (!result.ok) return { state: null, errors: result.errors };
  const knobErrors = checkLinkKnobs(result.state, scenario);
  return knobErrors.length === 0
    ? { state: result.state, errors: null }
    : { state: null, errors: knobErrors };
}
