// A scripted stand-in for the engine's Simulation, for player and UI tests. It replays a fixed,
// time-ordered list of trace events with the engine's time rules: `runUntil(t)` processes events
// before t, `step()` processes one event and moves the clock to it, and `seek(t)` equals a
// straight run to t. It records every call so tests can assert on what the player asked for.

import type { Simulation, TraceEvent, WorldView } from '../../engine/index.ts';

export interface FakeSimulation extends Simulation {
  /** Every method call, as `name(arg)`, in order. */
  readonly calls: string[];
}

export interface FakeSimulationOptions {
  readonly events: readonly TraceEvent[];
  readonly seed?: number;
  /** Builds the world view for the processed prefix of the trace. */
  readonly view?: (trace: readonly TraceEvent[], nowMs: number) => WorldView;
}

function emptyView(_trace: readonly TraceEvent[], nowMs: number): WorldView {
  return {
    nowMs,
    seed: 0,
    brokers: [],
    topics: [],
    partitions: [],
    consumers: [],
    groups: [],
    producers: [],
    queues: [],
    queueConsumers: [],
    streamJobs: [],
    dataflows: [],
  };
}

/**
 * Creates a fake simulation over scripted events.
 *
 * @example
 * const sim = createFakeSimulation({ events: [appended(10, 0), appended(30, 1)] });
 * sim.runUntil(20); // processes the event at 10
 */
export function createFakeSimulation(options: FakeSimulationOptions): FakeSimulation {
  const events = options.events;
  const buildView = options.view ?? emptyView;
  const listeners = new Set<() => void>();
  const calls: string[] = [];
  let processed = 0;
  let nowMs = 0;
  let view: WorldView | null = null;

  const moved = (): void => {
    view = null;
    for (const listener of listeners) listener();
  };
  const countBefore = (tMs: number): number => events.filter((event) => event.atMs < tMs).length;

  return {
    calls,
    seed: options.seed ?? 0,
    nowMs: () => nowMs,
    step() {
      calls.push('step()');
      const next = events[processed];
      if (next === undefined) return false;
      processed += 1;
      nowMs = next.atMs;
      moved();
      return true;
    },
    runUntil(tMs, limits) {
      calls.push(`runUntil(${tMs})`);
      const before = processed;
      processed = Math.max(processed, countBefore(tMs));
      nowMs = Math.max(nowMs, tMs);
      moved();
      return { steps: processed - before, truncated: limits?.maxSteps === 0 };
    },
    seek(tMs) {
      calls.push(`seek(${tMs})`);
      processed = countBefore(tMs);
      nowMs = tMs;
      moved();
      return { ok: true, tMs };
    },
    apply() {
      throw new Error('The fake simulation takes no interventions.');
    },
    trace: () => events.slice(0, processed),
    traceLength: () => processed,
    traceSlice: (from, to) => events.slice(Math.max(0, from), Math.min(to, processed)),
    interventions: () => [],
    history: () => ({
      policy: { maxTraceEvents: 1_000_000, maxKeyframes: 256 },
      dropped: false,
      earliestSeekableMs: 0,
      firstTraceIndex: 0,
      retainedTraceEvents: processed,
      keyframes: 1,
      heldRecords: 0,
      freedRecords: 0,
    }),
    getState() {
      view ??= buildView(events.slice(0, processed), nowMs);
      return view;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    nextEventAtMs: () => events[processed]?.atMs ?? null,
  };
}

/** A `record.appended` event at `atMs`, for scripting fakes. */
export function appendedAt(
  atMs: number,
  offset: number,
  partition = 'orders-0',
  key: string | null = 'k1',
): TraceEvent {
  return {
    type: 'record.appended',
    atMs,
    partition,
    offset,
    key,
    value: `v${offset}`,
    producer: 'p1',
    eventTimeMs: atMs,
    producedAtMs: atMs,
  };
}
