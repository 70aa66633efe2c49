// Turns a stored trace entry back into its TraceEvent object. Column-coded events get a fresh
// object with the same fields, in the same order, as if the engine had emitted the object itself.

import type { LogRecord } from '../view/worldView.ts';
import type { TraceEvent } from './traceEvent.ts';
import {
  codeOf,
  partitionOf,
  whoOf,
  TraceCode,
  traceChunkOf,
  TraceField,
  traceRowOf,
  traceTimeOf,
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
  const head = c[row + TraceField.head]!;
  const code = codeOf(head);
  const x = c[row + TraceField.x]!;
  if (code === TraceCode.object) return s.objects[x - s.objectBase]!;
  const atMs = traceTimeOf(s, index);
  const who = whoOf(head);
  const partition = partitionOf(head);
  const y = c[row + TraceField.y]!;
  switch (code) {
    case TraceCode.recordAppended: {
      const record = records(partition, y);
      if (!record)
        throw new Error(
          `trace entry ${index} refers to freed store entry ${y} of ${names.partitionNames[partition]}`,
        );
      return record;
    }
    case TraceCode.batchSent:
      return {
        atMs,
        type: 'batch.sent',
        producer: names.producers[who]!.id,
        partition: names.partitionNames[partition]!,
        count: x,
        attempt: y,
      };
    case TraceCode.batchAcked:
      return {
        atMs,
        type: 'batch.acked',
        producer: names.producers[who]!.id,
        partition: names.partitionNames[partition]!,
        baseOffset: x,
        count: y,
      };
    case TraceCode.consumerFetched:
      return {
        atMs,
        type: 'consumer.fetched',
        consumer: names.consumers[who]!.id,
        partition: names.partitionNames[partition]!,
        fromOffset: x,
        count: y,
      };
    case TraceCode.consumerProcessed:
      return {
        atMs,
        type: 'consumer.processed',
        consumer: names.consumers[who]!.id,
        partition: names.partitionNames[partition]!,
        fromOffset: x,
        count: y,
      };
    default:
      throw new Error(`unknown trace code ${code} at ${index}`);
  }
}
