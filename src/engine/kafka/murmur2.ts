// Kafka's 32-bit murmur2 hash (org.apache.kafka.common.utils.Utils.murmur2), the function the
// producer uses to pick a partition for a keyed record. It uses only 32-bit integer operations
// (Math.imul, ^, >>>), never floats, so every JavaScript engine returns exactly Kafka's value.

/** Kafka's fixed seed; changing it would send every key to a different partition. */
const SEED = 0x9747b28c;
/** The murmur2 multiplier and shift, as in Austin Appleby's reference and Kafka's port. */
const M = 0x5bd1e995;
const R = 24;

/** Reads one byte; the caller only asks for indices inside the array. */
function byteAt(data: Uint8Array, index: number): number {
  return data[index] ?? 0;
}

/** Reads four bytes as a little-endian signed 32-bit word, as Kafka's loop does. */
function wordAt(data: Uint8Array, offset: number): number {
  return (
    byteAt(data, offset) |
    (byteAt(data, offset + 1) << 8) |
    (byteAt(data, offset + 2) << 16) |
    (byteAt(data, offset + 3) << 24)
  );
}

/**
 * Hashes bytes exactly as Kafka's `Utils.murmur2` does and returns the signed 32-bit result.
 *
 * @example
 * ```ts
 * murmur2(new TextEncoder().encode('21')); // -973932308, the value Kafka's UtilsTest expects
 * ```
 */
export function murmur2(data: Uint8Array): number {
  const length = data.length;
  let h = SEED ^ length;
  const tailStart = length & ~3;
  for (let offset = 0; offset < tailStart; offset += 4) {
    let k = wordAt(data, offset);
    k = Math.imul(k, M);
    k ^= k >>> R;
    k = Math.imul(k, M);
    h = Math.imul(h, M);
    h ^= k;
  }
  // The last one to three bytes are mixed in from the highest down, like Kafka's fall-through switch.
  const remainder = length & 3;
  if (remainder === 3) h ^= byteAt(data, tailStart + 2) << 16;
  if (remainder >= 2) h ^= byteAt(data, tailStart + 1) << 8;
  if (remainder >= 1) {
    h ^= byteAt(data, tailStart);
    h = Math.imul(h, M);
  }
  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
}
