// Colours for keys and consumers, chosen to stay distinguishable with colour-blindness. Keys hash
// to a colour, so a key keeps its colour through seeks and restarts; consumers take Okabe–Ito
// colours in the sorted order of their ids, which is fixed by the scenario.

import { schemeTableau10 } from 'd3';

/** Okabe & Ito's palette, reordered so the first colours contrast best on white. */
export const OKABE_ITO = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#F0E442',
] as const;

/** Fill for records without a key. */
export const NULL_KEY_FILL = '#d9d9d9';

// Tableau10 without its grey, which is reserved for null keys.
const KEY_FILLS = schemeTableau10.filter((colour) => colour.toLowerCase() !== '#bab0ac');

/** FNV-1a over UTF-16 code units: small, stable and well spread for short keys. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Returns the fill for a record key.
 *
 * @example
 * keyFill(null); // NULL_KEY_FILL
 * keyFill('user-7') === keyFill('user-7'); // true
 */
export function keyFill(key: string | null): string {
  if (key === null) return NULL_KEY_FILL;
  return KEY_FILLS[hashKey(key) % KEY_FILLS.length] ?? NULL_KEY_FILL;
}

/**
 * Returns a colour per consumer id, assigned in sorted id order.
 *
 * @example
 * consumerColours(['c2', 'c1']).get('c1'); // '#0072B2'
 */
export function consumerColours(consumerIds: readonly string[]): ReadonlyMap<string, string> {
  const sorted = [...new Set(consumerIds)].sort();
  return new Map(sorted.map((id, index) => [id, OKABE_ITO[index % OKABE_ITO.length] ?? '#000000']));
}
