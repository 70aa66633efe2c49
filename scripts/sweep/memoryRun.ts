// The long run of the sweep's --report: one simulated hour at about 1,000 records per second
// (4 producers at 250/s, one group of 4), run headless, with process memory sampled every simulated
// minute. It only reports; whether the growth is acceptable is the engine owner's call.

import { createSimulation } from '../../src/engine/index.ts';
import {
  formatScenarioErrors,
  parseScenario,
  type ScenarioFile,
} from '../../src/scenario/index.ts';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const MB = 1024 * 1024;

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
      topics: [{ name: 'events', partitions: 8 }],
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

export interface MemoryFigures {
  readonly simulatedMinutes: number;
  readonly records: number;
  readonly traceEvents: number;
  readonly peakRssMb: number;
  readonly peakHeapUsedMb: number;
  /** heapUsed after each simulated ten minutes, in MB. */
  readonly heapUsedMbEveryTenMinutes: number[];
  /** Heap growth per simulated minute over the second half of the run. */
  readonly heapGrowthMbPerMinuteLateHalf: number;
  readonly bounded: boolean;
  readonly note: string;
  readonly wallSeconds: number;
}

const round = (n: number): number => Math.round(n * 10) / 10;

/** Runs the hour and samples memory every simulated minute; `onMinute` reports progress. */
export function runMemoryHour(onMinute: (minute: number) => void): MemoryFigures {
  const started = performance.now();
  const sim = createSimulation(hourScenario());
  const heap: number[] = [];
  let peakRss = 0;
  for (let minute = 1; minute * MINUTE_MS <= HOUR_MS; minute++) {
    sim.runUntil(minute * MINUTE_MS);
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    heap.push(usage.heapUsed / MB);
    onMinute(minute);
  }
  const half = Math.floor(heap.length / 2);
  const growth = (heap[heap.length - 1]! - heap[half]!) / (heap.length - 1 - half);
  // Bounded means the late half adds less than a tenth of a megabyte per minute on average.
  const bounded = growth < 0.1;
  return {
    simulatedMinutes: heap.length,
    records: sim.getState().partitions.reduce((n, p) => n + p.logEndOffset, 0),
    traceEvents: sim.traceLength(),
    peakRssMb: round(peakRss / MB),
    peakHeapUsedMb: round(Math.max(...heap)),
    heapUsedMbEveryTenMinutes: heap.filter((_, i) => (i + 1) % 10 === 0).map(round),
    heapGrowthMbPerMinuteLateHalf: round(growth),
    bounded,
    note: bounded
      ? 'heap stayed flat over the second half hour'
      : 'heap kept growing with simulated time (the log and the trace are append-only); not bounded',
    wallSeconds: round((performance.now() - started) / 1000),
  };
}
