// The bounded-history policy on a shorter long run: 1,000 records per second for 45 simulated
// seconds with a small history bound and a topic with short retention. The retained trace and the
// keyframes stay within the bound, records retention deleted are freed, trace indices keep their
// meaning, a seek inside the kept window equals a straight run, and a seek before it says so.

import { describe, expect, it } from 'vitest';
import { createSimulation, formatTraceText, type Simulation } from '../../src/engine/index.ts';
import {
  formatScenarioErrors,
  parseScenario,
  type ScenarioFile,
} from '../../src/scenario/index.ts';

const DURATION_MS = 45_000;
const HISTORY = { maxTraceEvents: 20_000, maxKeyframes: 8 } as const;

function longRunScenario(): ScenarioFile {
  const parsed = parseScenario({
    schemaVersion: 2,
    system: 'kafka',
    id: 'bounded-history',
    title: 'Bounded history',
    summary: 'A shorter long run for the bounded-history tests.',
    modules: ['M15'],
    seed: 3,
    durationMs: DURATION_MS,
    topology: {
      brokers: [{ id: 'b1', networkDelayMs: 1 }],
      topics: [{ name: 'events', partitions: 8, retentionMs: 10_000, segmentMs: 2_000 }],
      logRetentionCheckIntervalMs: 2_000,
      producers: [1, 2, 3, 4].map((i) => ({
        id: `p${i}`,
        topic: 'events',
        rate: { kind: 'constant', intervalMs: 4 },
        keys: { kind: 'uniform', count: 100 },
      })),
      consumerGroups: [
        {
          id: 'g1',
          topics: ['events'],
          initialRebalanceDelayMs: 0,
          members: [1, 2, 3, 4].map((i) => ({
            id: `c${i}`,
            joinAtMs: 0,
            maxPollRecords: 200,
            processingMsPerRecord: 0.5,
            autoOffsetReset: 'earliest',
          })),
        },
      ],
    },
  });
  if (!parsed.ok) throw new Error(formatScenarioErrors(parsed.errors));
  return parsed.scenario;
}

const scenario = longRunScenario();

/** The state at the current time plus the trace events from index `from` on, as comparable text. */
function observe(sim: Simulation, from: number): string {
  const s = sim.getState();
  const partitions = s.partitions.map((p) => ({
    ...p,
    records: p.records.slice(p.logStartOffset, p.logEndOffset),
  }));
  const n = sim.traceLength();
  return `${JSON.stringify({ ...s, partitions })}\n${n}\n${formatTraceText(sim.traceSlice(from, n))}`;
}

function straightRunTo(tMs: number): Simulation {
  const sim = createSimulation(scenario);
  sim.runUntil(tMs);
  return sim;
}

function appended(sim: Simulation): number {
  return sim.getState().partitions.reduce((n, p) => n + p.logEndOffset, 0);
}

describe('bounded history on a long run', () => {
  const bounded = createSimulation(scenario, { history: HISTORY, keyframeEveryEvents: 1024 });
  const samples: { retained: number; keyframes: number; held: number; appended: number }[] = [];
  for (let t = 1_000; t <= DURATION_MS; t += 1_000) {
    bounded.runUntil(t);
    const h = bounded.history();
    samples.push({
      retained: h.retainedTraceEvents,
      keyframes: h.keyframes,
      held: h.heldRecords,
      appended: appended(bounded),
    });
  }
  const end = bounded.history();

  it('keeps the retained trace and the keyframes within the bound at every simulated second', () => {
    expect(end.dropped).toBe(true);
    expect(end.firstTraceIndex).toBeGreaterThan(5 * HISTORY.maxTraceEvents);
    for (const s of samples) {
      expect(s.retained).toBeLessThanOrEqual(HISTORY.maxTraceEvents);
      expect(s.keyframes).toBeLessThanOrEqual(HISTORY.maxKeyframes);
    }
    expect(end.retainedTraceEvents + end.firstTraceIndex).toBe(bounded.traceLength());
  });

  it('frees the records retention deleted, so the records held stop growing', () => {
    expect(end.heldRecords + end.freedRecords).toBe(appended(bounded));
    // Retention keeps about 14 s of data (10 s plus a 2 s segment and a 2 s check) and the kept
    // history reaches a few seconds further back: far less than the 45 s appended.
    const lateHalf = samples.slice(Math.floor(samples.length / 2));
    for (const s of lateHalf) expect(s.held).toBeLessThan(25_000);
    expect(end.freedRecords).toBeGreaterThan(20_000);
  });

  it('keeps trace indices absolute: the kept events are those a run without eviction has at the same indices', () => {
    const straight = straightRunTo(DURATION_MS);
    expect(straight.history().dropped).toBe(false);
    expect(bounded.traceLength()).toBe(straight.traceLength());
    const from = end.firstTraceIndex;
    const to = bounded.traceLength();
    expect(formatTraceText(bounded.traceSlice(from, to))).toBe(
      formatTraceText(straight.traceSlice(from, to)),
    );
    // Asking for evicted indices gives only the kept part, never other events under those indices.
    expect(bounded.traceSlice(0, from + 3)).toEqual(straight.traceSlice(from, from + 3));
    expect(bounded.trace().length).toBe(end.retainedTraceEvents);
  });

  it('seeks anywhere inside the kept window to the state of a straight run', () => {
    const earliest = end.earliestSeekableMs;
    expect(earliest).toBeGreaterThan(DURATION_MS / 2);
    for (const t of [
      DURATION_MS - 1,
      earliest,
      Math.floor((earliest + DURATION_MS) / 2),
      earliest + 1_234,
    ]) {
      expect(bounded.seek(t)).toEqual({ ok: true, tMs: t });
      expect(bounded.nowMs()).toBe(t);
      // Every kept trace event up to t, and the whole state, match.
      expect(observe(bounded, end.firstTraceIndex)).toBe(
        observe(straightRunTo(t), end.firstTraceIndex),
      );
    }
    bounded.runUntil(DURATION_MS);
    expect(observe(bounded, end.firstTraceIndex)).toBe(
      observe(straightRunTo(DURATION_MS), end.firstTraceIndex),
    );
  });

  it('answers a seek before the kept window with the earliest seekable time, and stays put', () => {
    const earliest = bounded.history().earliestSeekableMs;
    const before = bounded.nowMs();
    const result = bounded.seek(earliest - 1);
    expect(result).toMatchObject({
      ok: false,
      reason: 'history-dropped',
      requestedMs: earliest - 1,
      earliestSeekableMs: earliest,
    });
    if (result.ok) return;
    expect(result.message).toContain(
      `history before ${earliest} ms was dropped to keep memory bounded`,
    );
    expect(result.message).toContain('history.maxTraceEvents 20,000');
    expect(bounded.nowMs()).toBe(before);
    expect(bounded.seek(0).ok).toBe(false);
  });

  it('holds the engine invariants after every step while evicting', () => {
    const checked = createSimulation(
      { ...scenario, durationMs: 30_000 },
      {
        history: { maxTraceEvents: 5_000, maxKeyframes: 4 },
        keyframeEveryEvents: 512,
        checkInvariantsEveryStep: true,
      },
    );
    expect(() => checked.runUntil(30_000)).not.toThrow();
    expect(checked.history().freedRecords).toBeGreaterThan(0);
    expect(checked.history().keyframes).toBeLessThanOrEqual(4);
  });
});

describe('bounded history on a replicated topic with broker crashes', () => {
  const parsed = parseScenario({
    schemaVersion: 2,
    system: 'kafka',
    id: 'bounded-history-replicated',
    title: 'Bounded history, replicated',
    summary: 'Leader changes while the oldest records are freed.',
    modules: ['M15'],
    seed: 11,
    durationMs: 20_000,
    topology: {
      brokers: [{ id: 'b1' }, { id: 'b2' }, { id: 'b3' }],
      topics: [
        {
          name: 'events',
          partitions: 3,
          replicationFactor: 3,
          minInsyncReplicas: 2,
          retentionMs: 3_000,
          segmentMs: 1_000,
        },
      ],
      logRetentionCheckIntervalMs: 1_000,
      brokerSessionTimeoutMs: 1_000,
      producers: [1, 2].map((i) => ({
        id: `p${i}`,
        topic: 'events',
        acks: 'all',
        rate: { kind: 'constant', intervalMs: 4 },
        keys: { kind: 'uniform', count: 50 },
      })),
      consumerGroups: [
        {
          id: 'g1',
          topics: ['events'],
          initialRebalanceDelayMs: 0,
          members: [{ id: 'c1', joinAtMs: 0, autoOffsetReset: 'earliest' }],
        },
      ],
    },
    interventions: [
      { atMs: 5_000, type: 'broker.crash', target: 'b1' },
      { atMs: 8_000, type: 'broker.restart', target: 'b1' },
      { atMs: 12_000, type: 'broker.crash', target: 'b2' },
      { atMs: 14_000, type: 'broker.restart', target: 'b2' },
    ],
  });
  if (!parsed.ok) throw new Error(formatScenarioErrors(parsed.errors));
  const replicated = parsed.scenario;

  it('frees records across leader changes, holds the invariants, and seeks like a straight run', () => {
    const sim = createSimulation(replicated, {
      history: { maxTraceEvents: 4_000, maxKeyframes: 6 },
      keyframeEveryEvents: 512,
      checkInvariantsEveryStep: true,
    });
    sim.runUntil(20_000);
    const h = sim.history();
    expect(h.freedRecords).toBeGreaterThan(2_000);
    expect(sim.getState().partitions.some((p) => p.leaderEpoch > 0)).toBe(true);
    const t = h.earliestSeekableMs + 250;
    expect(sim.seek(t).ok).toBe(true);
    const straight = createSimulation(replicated);
    straight.runUntil(t);
    expect(observe(sim, h.firstTraceIndex)).toBe(observe(straight, h.firstTraceIndex));
  });
});

describe('history options', () => {
  it('rejects a bound outside its range with the field and the allowed values', () => {
    expect(() => createSimulation(scenario, { history: { maxTraceEvents: 10 } })).toThrow(
      'history.maxTraceEvents must be a whole number from 1,000 to 100,000,000; got 10',
    );
    expect(() => createSimulation(scenario, { history: { maxKeyframes: 1.5 } })).toThrow(
      'history.maxKeyframes must be a whole number from 2 to 100,000; got 1.5',
    );
  });

  it('keeps the whole history of a run within the defaults', () => {
    const sim = straightRunTo(10_000);
    const h = sim.history();
    expect(h).toMatchObject({
      dropped: false,
      earliestSeekableMs: 0,
      firstTraceIndex: 0,
      freedRecords: 0,
      policy: { maxTraceEvents: 1_000_000, maxKeyframes: 256 },
    });
    expect(sim.seek(0)).toEqual({ ok: true, tMs: 0 });
  });
});
