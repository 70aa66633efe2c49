// Small queries over a trace, so that tests read as statements about what happened.

import type { TraceEvent, TraceEventOf, TraceEventType } from '../../src/engine/index.ts';

export function eventsOf<T extends TraceEventType>(
  trace: readonly TraceEvent[],
  type: T,
): TraceEventOf<T>[] {
  return trace.filter((e): e is TraceEventOf<T> => e.type === type);
}

/** The value-order of records per partition, as the log holds them. */
export function valuesByPartition(trace: readonly TraceEvent[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of eventsOf(trace, 'record.appended')) {
    const list = out.get(e.partition) ?? [];
    list.push(e.value ?? '(tombstone)');
    out.set(e.partition, list);
  }
  return out;
}

/** How many times each appended record (partition@offset) was processed, from `consumer.processed` ranges. */
export function deliveryCounts(trace: readonly TraceEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of eventsOf(trace, 'record.appended')) counts.set(`${e.partition}@${e.offset}`, 0);
  for (const e of eventsOf(trace, 'consumer.processed')) {
    for (let o = e.fromOffset; o < e.fromOffset + e.count; o++) {
      const k = `${e.partition}@${o}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return counts;
}
