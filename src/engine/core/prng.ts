// The engine's only source of randomness: sfc32, a small fast generator built from 32-bit integer
// operations, so Node and every browser draw the same numbers. Each entity gets its own stream,
// seeded from the run seed and the entity's name, so adding a producer never shifts another's draws.

/** Four 32-bit words of sfc32 state, kept as a plain array so snapshots stay JSON-safe. */
export type RngState = [number, number, number, number];

/** Returns the next draw as an unsigned 32-bit integer and advances the state in place. */
export function nextUint32(s: RngState): number {
  const a = s[0];
  const b = s[1];
  const c = s[2];
  const d = s[3];
  const t = (((a + b) | 0) + d) | 0;
  s[3] = (d + 1) | 0;
  s[0] = b ^ (b >>> 9);
  s[1] = (c + (c << 3)) | 0;
  const rotated = (c << 21) | (c >>> 11);
  s[2] = (rotated + t) | 0;
  return t >>> 0;
}

/** FNV-1a over the UTF-16 code units of a name, mixed with the seed. */
function hashName(seed: number, name: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** splitmix32 turns one 32-bit value into a well-spread sequence for seeding. */
function splitmix32(state: { x: number }): number {
  state.x = (state.x + 0x9e3779b9) | 0;
  let z = state.x;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * The random stream of one entity in one run.
 *
 * @example
 * const rng = createStream(42, 'producer:p1');
 * nextUint32(rng); // the same number in every run with seed 42
 */
export function createStream(seed: number, entity: string): RngState {
  const mix = { x: hashName(seed >>> 0, entity) | 0 };
  const s: RngState = [splitmix32(mix), splitmix32(mix), splitmix32(mix), splitmix32(mix)];
  // Discarding a few outputs lets the state forget how similar two seeds were.
  for (let i = 0; i < 12; i++) nextUint32(s);
  return s;
}
