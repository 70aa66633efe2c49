// FNV-1a, 32-bit, over the UTF-8 bytes of a string: a tiny, well-known hash whose output is fixed by
// its definition, so `hash(key)` gives the same number in every JavaScript engine. The UTF-8 bytes
// are produced on the fly because allocating an encoded copy per record costs more than hashing.

const FNV_OFFSET_BASIS_32 = 0x811c9dc5;
const FNV_PRIME_32 = 0x01000193;
const REPLACEMENT_CHARACTER = 0xfffd;

function mix(h: number, byte: number): number {
  // Math.imul keeps the multiply in exact 32-bit integer arithmetic; a float multiply would not.
  return Math.imul(h ^ byte, FNV_PRIME_32);
}

/** Reads the code point at `i`, turning a lone surrogate into U+FFFD as TextEncoder does. */
function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = s.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
    return REPLACEMENT_CHARACTER;
  }
  return c >= 0xdc00 && c <= 0xdfff ? REPLACEMENT_CHARACTER : c;
}

/**
 * Returns the FNV-1a 32-bit hash of the UTF-8 encoding of `s` as an unsigned integer in
 * [0, 2^32 - 1]. Lone surrogates count as U+FFFD, exactly as `TextEncoder` would encode them.
 *
 * @example
 * ```ts
 * fnv1a32('a'); // 0xe40c292c = 3826002220
 * ```
 */
export function fnv1a32(s: string): number {
  let h = FNV_OFFSET_BASIS_32;
  for (let i = 0; i < s.length; i++) {
    const cp = codePointAt(s, i);
    if (cp < 0x80) {
      h = mix(h, cp);
    } else if (cp < 0x800) {
      h = mix(mix(h, 0xc0 | (cp >> 6)), 0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      h = mix(mix(mix(h, 0xe0 | (cp >> 12)), 0x80 | ((cp >> 6) & 0x3f)), 0x80 | (cp & 0x3f));
    } else {
      h = mix(mix(h, 0xf0 | (cp >> 18)), 0x80 | ((cp >> 12) & 0x3f));
      h = mix(mix(h, 0x80 | ((cp >> 6) & 0x3f)), 0x80 | (cp & 0x3f));
      i++; // The low surrogate was consumed with the high one.
    }
  }
  return h >>> 0;
}
