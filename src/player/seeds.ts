// Seeds as a person types them, and the "new seed" the player offers. The next seed is a hash of
// the current one rather than a random draw, so "new seed" is reproducible in tests and two people
// who press it from the same seed see the same run.

/** Seeds are unsigned 32-bit integers, as the engine's PRNG takes them. */
export const SEED_MAX = 4_294_967_295;

export type SeedParseResult =
  { readonly ok: true; readonly seed: number } | { readonly ok: false; readonly message: string };

const ALLOWED = `a whole number from 0 to ${SEED_MAX}`;

/**
 * Reads a seed from text: digits only, at most SEED_MAX. The message says what was wrong.
 *
 * @example
 * parseSeed(' 42 '); // { ok: true, seed: 42 }
 * parseSeed('-1'); // { ok: false, message: 'The seed must be a whole number from 0 to 4294967295; "-1" is not.' }
 */
export function parseSeed(text: string): SeedParseResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: `Enter a seed: ${ALLOWED}.` };
  if (!/^[0-9]+$/.test(trimmed)) {
    const shown = trimmed.length > 24 ? `${trimmed.slice(0, 23)}…` : trimmed;
    return { ok: false, message: `The seed must be ${ALLOWED}; "${shown}" is not.` };
  }
  const seed = Number(trimmed);
  if (seed > SEED_MAX) return { ok: false, message: `The seed is too large: use ${ALLOWED}.` };
  return { ok: true, seed };
}

/**
 * A new seed derived from `seed` by a 32-bit integer hash (murmur3's finaliser over the seed plus
 * the golden-ratio constant), so repeated presses walk a long, fixed sequence.
 *
 * @example
 * nextSeed(1) !== 1; // true, and nextSeed(1) is the same on every machine
 */
export function nextSeed(seed: number): number {
  let h = ((seed >>> 0) + 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
