// The long run of the sweep's --report: one simulated hour at 1,000 records per second (4
// producers at 250/s, one group of 4), run headless with the engine's default history policy and
// with retention set as a short-lived real topic would have it. Memory is sampled every simulated
// minute after a full garbage collection, so the samples show what is live, not what is pending.
// Bounded means the second half hour adds less than 0.5 MB per simulated minute on average.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createSimulation } from '../../src/engine/index.ts';
import {
  formatScenarioErrors,
  parseScenario,
  type ScenarioFile,
} from '../../src/scenario/index.ts';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const MB = 1024 * 1024;
/** Average heap growth per minute over the second half hour that still counts as flat. */
const FLAT_MB_PER_MINUTE = 0.5;

function hourScenario(): ScenarioFile {
  const parsed = parseScenario({
    schemaVersion: 2,
    system: 'kafka',
    id: 'sweep-memory-hour',
    title: 'One hour at 1,000 records per second',
    summary: 'The memory run of npm run sweep -- --report.',
    modules: ['M15'],
    seed: 1,
    durationMs: HOUR_MS,
    topology: {
      brokers: [{ id: 'b1', networkDelayMs: 1 }],
      // A topic that keeps five minutes of data in one-minute segments, checked every minute.
      topics: [{ name: 'events', partitions: 8, retentionMs: 5 * MINUTE_MS, segmentMs: MINUTE_MS }],
      logRetentionCheckIntervalMs: MINUTE_MS,
      producers: [1, 2, 3, 4].map((i) => ({
        id: `p${i}`,
        topic: 'events',
        rate: { kind: 'constant', intervalMs: 4 },
        keys: { kind: 'uniform', count: 1000 },
      })),
      consumerGroups: [
        {
          id: 'g1',
          topics: ['events'],
          initialRebalanceDelayMs: 0,
          members: [1, 2, 3, 4].map((i) => ({
            id: `c${i}`,
            joinAtMs: 0,
            maxPollRecords: 500,
            processingMsPerRecord: 0.5,
            autoOffsetReset: 'earliest',
          })),
        },
      ],
    },
  });
  if (!parsed.ok)
    throw new Error(
      `the memory run's scenario is invalid:\n${formatScenarioErrors(parsed.errors)}`,
    );
  return parsed.scenario;
}

/** Node's collector, made callable without a command-line flag, so samples measure live memory. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  return typeof gc === 'function' ? gc : () => undefined;
}

export interface MemoryFigures {
  readonly simulatedMinutes: number;
  /** Records appended over the hour. */
  readonly records: number;
  /** Log records still held in memory at the end (retention deleted and freed the rest). */
  readonly recordsHeld: number;
  readonly traceEvents: number;
  readonly traceEventsRetained: number;
  readonly traceEventsEvicted: number;
  readonly keyframes: number;
  /** The earliest time a seek could still reach at the end. */
  readonly earliestSeekableMs: number;
  readonly historyPolicy: { readonly maxTraceEvents: number; readonly maxKeyframes: number };
  readonly retention: string;
  /** The process's heap before the run (earlier parts of the sweep), so the run's share shows. */
  readonly heapBeforeRunMb: number;
  /** JS heap plus typed-array buffers (the trace columns live there), after a full collection. */
  readonly peakHeapMb: number;
  readonly finalHeapMb: number;
  readonly peakRssMb: number;
  /** Heap after each simulated ten minutes, in MB. */
  readonly heapMbEveryTenMinutes: number[];
  /** Heap growth per simulated minute over the second half hour. */
  readonly heapGrowthMbPerMinuteLateHalf: number;
  readonly bounded: boolean;
  readonly note: string;
  readonly wallSeconds: number;
}

const round = (n: number): number => Math.round(n * 10) / 10;

function heapMb(): number {
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / MB;
}

/** Runs the hour and samples memory every simulated minute; `onMinute` reports progress. */
export function runMemoryHour(onMinute: (minute: number) => void): MemoryFigures {
  const started = performance.now();
  const gc = collector();
  gc();
  const heapBefore = heapMb();
  const sim = createSimulation(hourScenario());
  const heap: number[] = [];
  let peakRss = 0;
  for (let minute = 1; minute * MINUTE_MS <= HOUR_MS; minute++) {
    sim.runUntil(minute * MINUTE_MS);
    gc();
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    heap.push(heapMb());
    onMinute(minute);
  }
  const half = Math.floor(heap.length / 2);
  const growth = (heap[heap.length - 1]! - heap[half]!) / (heap.length - 1 - half);
  const bounded = growth < FLAT_MB_PER_MINUTE;
  const history = sim.history();
  return {
    simulatedMinutes: heap.length,
    records: sim.getState().partitions.reduce((n, p) => n + p.logEndOffset, 0),
    recordsHeld: history.heldRecords,
    traceEvents: sim.traceLength(),
    traceEventsRetained: history.retainedTraceEvents,
    traceEventsEvicted: history.firstTraceIndex,
    keyframes: history.keyframes,
    earliestSeekableMs: history.earliestSeekableMs,
    historyPolicy: history.policy,
    retention: 'retention.ms 5 min, segment.ms 1 min, log.retention.check.interval.ms 1 min',
    heapBeforeRunMb: round(heapBefore),
    peakHeapMb: round(Math.max(...heap)),
    finalHeapMb: round(heap[heap.length - 1]!),
    peakRssMb: round(peakRss / MB),
    heapMbEveryTenMinutes: heap.filter((_, i) => (i + 1) % 10 === 0).map(round),
    heapGrowthMbPerMinuteLateHalf: round(growth),
    bounded,
    note: bounded
      ? 'heap stayed flat over the second half hour: the trace, keyframes and logs are bounded'
      : 'heap kept growing with simulated time: something the history policy does not bound is growing',
    wallSeconds: round((performance.now() - started) / 1000),
  };
}
