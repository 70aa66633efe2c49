// Kafka's default partitioner for a record with a non-null key (BuiltInPartitioner.partitionForKey):
// the UTF-8 bytes of the key are hashed with murmur2, the sign bit is masked off, and the result is
// taken modulo the partition count. It must match Kafka exactly so that keyed routing looks real.

import { murmur2 } from './murmur2.ts';

const utf8 = new TextEncoder();

/**
 * Kafka's `Utils.toPositive`: clears the sign bit rather than taking an absolute value, so that
 * the most negative integer still maps to a valid non-negative number.
 */
function toPositive(n: number): number {
  return n & 0x7fffffff;
}

/**
 * Returns the partition Kafka's producer would choose for `key` on a topic with `partitionCount`
 * partitions. Throws a RangeError when the partition count is not a positive integer.
 *
 * @example
 * ```ts
 * partitionForKey('foobar', 3); // 0, because murmur2('foobar') is -790332482 in Kafka's UtilsTest
 * ```
 */
export function partitionForKey(key: string, partitionCount: number): number {
  if (!Number.isInteger(partitionCount) || partitionCount <= 0) {
    throw new RangeError(
      `partitionCount must be a positive integer, got ${String(partitionCount)}`,
    );
  }
  return toPositive(murmur2(utf8.encode(key))) % partitionCount;
}
