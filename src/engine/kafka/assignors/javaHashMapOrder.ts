// Reproduces the iteration order of a java.util.HashMap<String, ?> holding the given keys. Kafka's
// sticky assignor walks members in that order when it decides who keeps extra owned partitions,
// so copying it lets this simulator give the same answers as Kafka's own tests.

import { compareStrings } from './topicPartition.ts';

/** java.util.HashMap's defaults: 16 buckets, resized when more than 3/4 full. */
const DEFAULT_CAPACITY = 16;

/** Java's String.hashCode: h = 31 * h + c over UTF-16 code units, in 32-bit arithmetic. */
function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** The bucket count a default HashMap reaches after inserting `size` keys. */
function capacityFor(size: number): number {
  let capacity = DEFAULT_CAPACITY;
  while (size * 4 > capacity * 3) capacity *= 2;
  return capacity;
}

/**
 * Returns `keys` in the order a default `HashMap` would iterate them: by bucket index
 * `(h ^ (h >>> 16)) & (capacity - 1)`. Keys sharing a bucket iterate in insertion order in Java,
 * which here depends on the broker's member list; they fall back on code-unit order instead.
 *
 * @example
 * ```ts
 * javaHashMapOrder(['consumer1', 'consumer2', 'consumer3']); // ['consumer3', 'consumer2', 'consumer1']
 * ```
 */
export function javaHashMapOrder(keys: readonly string[]): string[] {
  const mask = capacityFor(keys.length) - 1;
  const bucketOf = (key: string): number => {
    const h = javaStringHash(key);
    return (h ^ (h >>> 16)) & mask;
  };
  return [...keys].sort((a, b) => bucketOf(a) - bucketOf(b) || compareStrings(a, b));
}
