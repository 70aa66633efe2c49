// Turns a stored trace entry back into its TraceEvent object. Column-coded events get a fresh
// object with the same fields, in the same order, as if the engine had emitted the object itself.

import type { LogRecord } from '../view/worldView.ts';
import type { TraceEvent } from './traceEvent.ts';
import {
  codeOf,
  timeOf,
  TraceCode,
  traceChunkOf,
  TraceField,
  traceRowOf,
  type TraceStore,
} from './traceStore.ts';

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
  const row = traceRowOf(index);
  const codeAndTime = c[row + TraceField.codeAndTime]!;
  const atMs = timeOf(codeAndTime);
  const f0 = c[row + TraceField.f0]!;
  const f1 = c[row + TraceField.f1]!;
  const f2 = c[row + TraceField.f2]!;
  const f3 = c[row + TraceField.f3]!;
  const code = codeOf(codeAndTime);
  switch (code) {
    case TraceCode.object:
      return s.objects[f0 - s.objectBase]!;
    case TraceCode.recordAppended: {
      const record = records(f0, f2);
      if (!record)
        throw new Error(
          `trace entry ${index} refers to freed store entry ${f2} of ${names.partitionNames[f0]}`,
        );
      return record;
    }
    case TraceCode.batchSent:
      return {
        atMs,
        type: 'batch.sent',
        producer: names.producers[f0]!.id,
        partition: names.partitionNames[f1]!,
        count: f2,
        attempt: f3,
      };
    case TraceCode.batchAcked:
      return {
        atMs,
        type: 'batch.acked',
        producer: names.producers[f0]!.id,
        partition: names.partitionNames[f1]!,
        baseOffset: f2,
        count: f3,
      };
    case TraceCode.consumerFetched:
      return {
        atMs,
        type: 'consumer.fetched',
        consumer: names.consumers[f0]!.id,
        partition: names.partitionNames[f1]!,
        fromOffset: f2,
        count: f3,
      };
    case TraceCode.consumerProcessed:
      return {
        atMs,
        type: 'consumer.processed',
        consumer: names.consumers[f0]!.id,
        partition: names.partitionNames[f1]!,
        fromOffset: f2,
        count: f3,
      };
    default:
      throw new Error(`unknown trace code ${code} at ${index}`);
  }
}
