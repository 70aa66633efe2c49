// The URL hash names the open scenario (`#/scenario/<id>`, optionally followed by `?run=` session
// data, see url/sessionLink.ts), so a reload or a shared link opens the same scenario and the
// browser's back button returns to the list.

import { parseSessionHash, sessionHash } from '../url/sessionLink.ts';

/**
 * Reads the scenario id from a location hash; never throws, even on bad escapes.
 *
 * @example
 * scenarioIdFromHash('#/scenario/rebalance-basics?run=eJy'); // 'rebalance-basics'
 */
export function scenarioIdFromHash(hash: string): string | null {
  return parseSessionHash(hash).scenarioId;
}

/** The hash for a scenario id, or the empty hash for the list. */
export function hashForScenarioId(id: string | null): string {
  return id === null ? '' : sessionHash(id, null);
}
