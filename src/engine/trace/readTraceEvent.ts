// Turns a stored trace entry back into its TraceEvent object. Column-coded events get a fresh
// object with the same fields, in the same order, as if the engine had emitted the object itself.

import type { LogRecord } from '../view/worldView.ts';
import type { TraceEvent } from './traceEvent.ts';
import { TraceCode, traceChunkOf, traceSlotOf, type TraceStore } from './traceStore.ts';

/** The names the columns refer to, from the run's static index. */
export interface TraceNames {
  readonly producers: readonly { readonly id: string }[];
  readonly consumers: readonly { readonly id: string }[];
  readonly partitionNames: readonly string[];
}

/** Reads the record at a store index of a global partition (the event of a `record.appended`). */
export type StoredRecordReader = (partition: number, storeIndex: number) => LogRecord | undefined;

/** Reads absolute entry `index`, which must lie in [s.base, s.end). */
export function readTraceEvent(
  s: TraceStore,
  index: number,
  names: TraceNames,
  records: StoredRecordReader,
): TraceEvent {
  const c = traceChunkOf(s, index);
  const i = traceSlotOf(index);
  const atMs = c.atMs[i]!;
  const f0 = c.f0[i]!;
  const f1 = c.f1[i]!;
  switch (c.code[i]) {
    case TraceCode.object:
      return s.objects[f0 - s.objectBase]!;
    case TraceCode.recordAppended: {
      const record = records(f0, c.f2[i]!);
      if (!record)
        throw new Error(
          `trace entry ${index} refers to freed store entry ${c.f2[i]} of ${names.partitionNames[f0]}`,
        );
      return record;
    }
    case TraceCode.batchSent:
      return {
        atMs,
        type: 'batch.sent',
        producer: names.producers[f0]!.id,
        partition: names.partitionNames[f1]!,
        count: c.f2[i]!,
        attempt: c.f3[i]!,
      };
    case TraceCode.batchAcked:
      return {
        atMs,
        type: 'batch.acked',
        producer: names.producers[f0]!.id,
        partition: names.partitionNames[f1]!,
        baseOffset: c.f2[i]!,
        count: c.f3[i]!,
      };
    case TraceCode.consumerFetched:
      return {
        atMs,
        type: 'consumer.fetched',
        consumer: names.consumers[f0]!.id,
        partition: names.partitionNames[f1]!,
        fromOffset: c.f2[i]!,
        count: c.f3[i]!,
      };
    case TraceCode.consumerProcessed:
      return {
        atMs,
        type: 'consumer.processed',
        consumer: names.consumers[f0]!.id,
        partition: names.partitionNames[f1]!,
        fromOffset: c.f2[i]!,
        count: c.f3[i]!,
      };
    default:
      throw new Error(`unknown trace code ${c.code[i]} at ${index}`);
  }
}
