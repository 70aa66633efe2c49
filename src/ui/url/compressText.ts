// Text compressed with DEFLATE (fflate) for URLs, and its bounded inverse. A link is untrusted:
// a few kilobytes of DEFLATE can expand a thousandfold, so decompression feeds the input in small
// chunks and stops as soon as the output passes its limit, before the memory is ever spent.

import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';

/** Input bytes fed per push; DEFLATE expands at most ~1032×, so one push stays small. */
const CHUNK_BYTES = 256;

/**
 * Compresses UTF-8 text.
 *
 * @example
 * inflateText(deflateText('hello'), 100); // { ok: true, text: 'hello' }
 */
export function deflateText(text: string): Uint8Array {
  return deflateSync(strToU8(text), { level: 9 });
}

export type InflateResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'too-large' | 'corrupt' };

/** Decompresses to at most `outputBytesMax` bytes of UTF-8; never throws. */
export function inflateText(data: Uint8Array, outputBytesMax: number): InflateResult {
  const parts: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > outputBytesMax) tooLarge = true;
    else parts.push(chunk.slice());
  });
  try {
    for (let at = 0; at < data.length && !tooLarge; at += CHUNK_BYTES) {
      inflate.push(data.subarray(at, at + CHUNK_BYTES), at + CHUNK_BYTES >= data.length);
    }
    if (data.length === 0) inflate.push(data, true);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (tooLarge) return { ok: false, reason: 'too-large' };
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return { ok: true, text: strFromU8(joined) };
}
