// The sweep's own PRNG (sfc32) and the few draws the generator needs. It is separate from the
// engine's PRNG on purpose: the generator must keep producing the same scenarios for the same seed
// even when the engine changes how it draws. Every draw uses integer arithmetic only.

/** A seeded sfc32 stream; each call returns the next uint32. */
export type SimRandom = () => number;

/**
 * Creates an sfc32 stream from one uint32 seed and a label, so that separate concerns (topology,
 * faults, seek times) draw from separate streams and adding a draw to one never shifts another.
 *
 * @example
 * const rng = createSimRandom(42, 'topology');
 * const partitions = intBetween(rng, 1, 8);
 */
export function createSimRandom(seed: number, label: string): SimRandom {
  let a = 0x9e3779b9;
  let b = seed >>> 0;
  let c = 0x243f6a88;
  let d = 1;
  for (let i = 0; i < label.length; i++) c = Math.imul(c ^ label.charCodeAt(i), 0x01000193) >>> 0;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The first outputs of sfc32 correlate with the seed; discarding a few mixes the state.
  for (let i = 0; i < 15; i++) next();
  return next;
}

/** A uniform integer in [min, max], both inclusive, without modulo bias worth caring about here. */
export function intBetween(rng: SimRandom, min: number, max: number): number {
  const span = max - min + 1;
  // Multiply-shift keeps the draw in integers; spans here are far below 2^21, so it is exact.
  return min + Math.floor((rng() * span) / 2 ** 32);
}

/** True with probability `numerator / denominator`, written as an integer ratio. */
export function chance(rng: SimRandom, numerator: number, denominator: number): boolean {
  return intBetween(rng, 1, denominator) <= numerator;
}

/** One element of a non-empty list. */
export function pick<T>(rng: SimRandom, items: readonly T[]): T {
  const item = items[intBetween(rng, 0, items.length - 1)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** A random non-empty subset of `items`, in their original order. */
export function pickSome<T>(rng: SimRandom, items: readonly T[]): T[] {
  const chosen = items.filter(() => chance(rng, 1, 2));
  return chosen.length > 0 ? chosen : [pick(rng, items)];
}
