// Reads a log as the table it encodes: the latest value of each key, with tombstones (null
// values) deleting their key. This is what a compacted topic promises a reader from the start.

import type { LogRecord } from '../view/worldView.ts';

export interface TableRow {
  readonly key: string;
  readonly value: string;
  /** Offset of the record that set this value. */
  readonly offset: number;
}

/**
 * The table a partition's records encode, sorted by key.
 *
 * @example
 * tableFromLog(partition.records, partition.logStartOffset, partition.logEndOffset);
 * // [{ key: 'alice', value: '3', offset: 5 }, ...]
 */
export function tableFromLog(
  records: readonly (LogRecord | undefined)[],
  fromOffset: number,
  toOffset: number,
): TableRow[] {
  const table = new Map<string, TableRow>();
  for (let o = fromOffset; o < toOffset; o++) {
    const r = records[o];
    if (!r || r.key === null) continue;
    if (r.value === null) table.delete(r.key);
    else table.set(r.key, { key: r.key, value: r.value, offset: o });
  }
  return [...table.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
