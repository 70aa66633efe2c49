// Reads a range of the stored trace back as event objects. Indices are absolute; the range is
// clamped to the retained part of the current timeline, [trace base, trace length).

import { storedRecord } from '../kafka/recordStore.ts';
import { readTraceEvent } from '../trace/readTraceEvent.ts';
import type { TraceEvent } from '../trace/traceEvent.ts';
import type { World } from '../world/worldTypes.ts';

export function readTraceSlice(w: World, from: number, to: number): TraceEvent[] {
  const start = Math.max(w.trace.base, Math.floor(from));
  const end = Math.min(w.m.traceLength, Math.floor(to));
  const names = {
    producers: w.index.producers,
    consumers: w.index.consumers,
    partitionNames: w.index.partitionNames,
  };
  const records = (partition: number, index: number) => storedRecord(w.logs[partition]!, index);
  const out: TraceEvent[] = [];
  for (let i = start; i < end; i++) out.push(readTraceEvent(w.trace, i, names, records));
  return out;
}
