import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fnv1a32 } from './fnv1a32.ts';

// Published FNV-1a 32-bit test vectors (Landon Curt Noll's reference test suite, fnv32a_vector).
const VECTORS: ReadonlyArray<readonly [string, number]> = [
  ['', 0x811c9dc5],
  ['a', 0xe40c292c],
  ['b', 0xe70c2de5],
  ['foobar', 0xbf9cf968],
];

describe('fnv1a32', () => {
  it.each(VECTORS)('hashes %j to the published value', (input, expected) => {
    expect(fnv1a32(input)).toBe(expected);
  });

  it('hashes the UTF-8 bytes, so a non-ASCII character differs from its UTF-16 halves', () => {
    // 'é' is C3 A9 in UTF-8. Folding those two bytes by hand from the definition:
    // h = ((0x811c9dc5 ^ 0xc3) * 16777619) mod 2^32, then ((h ^ 0xa9) * 16777619) mod 2^32.
    const step = (h: number, byte: number): number => Math.imul(h ^ byte, 16777619) >>> 0;
    expect(fnv1a32('é')).toBe(step(step(0x811c9dc5, 0xc3), 0xa9));
  });

  it('agrees with FNV-1a folded over TextEncoder bytes for any string, lone surrogates included', () => {
    const encoder = new TextEncoder();
    const reference = (s: string): number => {
      let h = 0x811c9dc5;
      for (const byte of encoder.encode(s)) h = Math.imul(h ^ byte, 16777619);
      return h >>> 0;
    };
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 })
          .map((codes) => String.fromCharCode(...codes)),
        (s) => {
          expect(fnv1a32(s)).toBe(reference(s));
        },
      ),
    );
    for (const s of ['\ud800', 'a\udc00b', '\u{10FFFF}', '\u0800', '\u07ff', '\ud83d\ude00x']) {
      expect(fnv1a32(s)).toBe(reference(s));
    }
  });

  it('always returns an unsigned 32-bit integer', () => {
    for (const s of ['x', 'hello world', '\u{1F600}', 'a'.repeat(1000)]) {
      const h = fnv1a32(s);
      expect(Number.isInteger(h)).toBe(true);
      expect(h).toBeGreaterThanOrEqual(0);
      expect(h).toBeLessThanOrEqual(0xffffffff);
    }
  });
});
