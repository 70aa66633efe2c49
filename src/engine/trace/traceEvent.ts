// The domain events the engine appends to its trace. The trace is the product's spine: the UI
// animates from it, the tests assert on it and golden files store it. Every event is plain,
// JSON-safe data with `atMs` (virtual milliseconds) and a dotted `type`. The events of each part
// of the model are listed in events/.

import type { ClusterEvent } from './events/clusterEvents.ts';
import type { ConsumerEvent } from './events/consumerEvents.ts';
import type { ProcessingEvent } from './events/processingEvents.ts';
import type { ProduceEvent } from './events/produceEvents.ts';
import type { QueueEvent } from './events/queueEvents.ts';
import type { RunEvent } from './events/runEvents.ts';

export type { DataflowValue, GroupState } from './traceValues.ts';

interface At {
  readonly atMs: number;
}

export type TraceEvent = At &
  (RunEvent | ProduceEvent | ClusterEvent | ConsumerEvent | ProcessingEvent | QueueEvent);

export type TraceEventType = TraceEvent['type'];

/** Narrows the union to one member by its `type`. */
export type TraceEventOf<T extends TraceEventType> = Extract<TraceEvent, { type: T }>;
