// The URL hash names the open scenario (`#/scenario/<id>`), so a reload or a shared link opens
// the same scenario and the browser's back button returns to the list.

const PREFIX = '#/scenario/';

/**
 * Reads the scenario id from a location hash.
 *
 * @example
 * scenarioIdFromHash('#/scenario/rebalance-basics'); // 'rebalance-basics'
 */
export function scenarioIdFromHash(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  const id = decodeURIComponent(hash.slice(PREFIX.length));
  return id === '' ? null : id;
}

/** The hash for a scenario id, or the empty hash for the list. */
export function hashForScenarioId(id: string | null): string {
  return id === null ? '' : `${PREFIX}${encodeURIComponent(id)}`;
}
