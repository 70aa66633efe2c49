// How a partition is named, parsed and ordered. Names are "<topic>-<partition>"; topics may contain
// '-', so a name is split at its last '-'. Ordering compares UTF-16 code units, as Java's
// String.compareTo does, so topic order matches Kafka's TreeSet and Collections.sort.

/** A partition of a topic, the TypeScript twin of Kafka's `TopicPartition`. */
export interface TopicPartition {
  readonly topic: string;
  readonly partition: number;
}

/** Decimal digits without a leading zero, so "orders-03" is not mistaken for "orders-3". */
const PARTITION_NUMBER = /^(0|[1-9][0-9]*)$/;

/**
 * Formats a partition as `"<topic>-<partition>"`.
 *
 * @example
 * ```ts
 * partitionName({ topic: 'orders', partition: 3 }); // 'orders-3'
 * ```
 */
export function partitionName(tp: TopicPartition): string {
  return `${tp.topic}-${String(tp.partition)}`;
}

/**
 * Parses `"<topic>-<partition>"` at the last '-', returning undefined for malformed names.
 *
 * @example
 * ```ts
 * parsePartitionName('eu-orders-12'); // { topic: 'eu-orders', partition: 12 }
 * ```
 */
export function parsePartitionName(name: string): TopicPartition | undefined {
  const dash = name.lastIndexOf('-');
  if (dash <= 0) return undefined;
  const digits = name.slice(dash + 1);
  if (!PARTITION_NUMBER.test(digits)) return undefined;
  const partition = Number(digits);
  if (!Number.isSafeInteger(partition)) return undefined;
  return { topic: name.slice(0, dash), partition };
}

/**
 * Orders strings by UTF-16 code units, like Java's `String.compareTo` (never locale rules).
 *
 * @example
 * ```ts
 * ['b', 'B', 'a'].sort(compareStrings); // ['B', 'a', 'b']
 * ```
 */
export function compareStrings(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

/**
 * Orders partitions by topic, then by partition number (numerically, so 2 comes before 10).
 *
 * @example
 * ```ts
 * compareTopicPartitions({ topic: 't', partition: 2 }, { topic: 't', partition: 10 }); // negative
 * ```
 */
export function compareTopicPartitions(a: TopicPartition, b: TopicPartition): number {
  return compareStrings(a.topic, b.topic) || a.partition - b.partition;
}
