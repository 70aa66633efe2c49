// The overload policies of dataflow operators: 100 records a second reach a filter that can check
// 60 (two subtasks of 30). Backpressure keeps every record and lets lag grow; shedding drops what
// the filter cannot check and keeps up; sampling keeps a random share, drawn from each subtask's
// own stream, and keeps up when that share fits. Also: a backpressured source still moves event
// time forward, and seeking into a sampling run gives the state of a straight run.

import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  type DataflowOperatorSpec,
  type DataflowSpec,
  type ScenarioModel,
} from '../../../src/engine/index.ts';
import { buildScenario } from '../../support/scenarios.ts';
import { eventsOf } from '../../support/traceQueries.ts';

type Overload = Pick<DataflowOperatorSpec, 'overload' | 'samplePercent' | 'recordsPerSecond'>;

const DURATION_MS = 20_000;

/** 100 records a second on two partitions, read by a source, checked by `check`, counted. */
function world(
  check: Overload,
  o: { seed?: number; source?: Overload; window?: boolean } = {},
): ScenarioModel {
  const base = buildScenario({ durationMs: DURATION_MS, partitions: 2, seed: o.seed ?? 1 });
  const producer = {
    ...base.topology.producers[0]!,
    rate: { kind: 'constant' as const, intervalMs: 10 },
    keys: { kind: 'uniform' as const, count: 4 },
    // Round-robin, so each source subtask (and filter subtask) gets 50 records a second.
    partitioner: 'round-robin' as const,
  };
  const tail: DataflowOperatorSpec[] = o.window
    ? [
        {
          id: 'per2s',
          kind: 'window',
          input: 'check',
          parallelism: 2,
          assigner: { kind: 'tumbling', sizeMs: 2_000 },
          allowedLatenessMs: 0,
          aggregate: 'count',
        },
        { id: 'out', kind: 'sink', input: 'per2s', sink: 'append' },
      ]
    : [{ id: 'out', kind: 'sink', input: 'check', sink: 'append' }];
  const dataflow: DataflowSpec = {
    id: 'df',
    tickMs: 10,
    networkDelayMs: 5,
    bufferRecords: 50,
    watermarks: { strategy: 'bounded-out-of-orderness', maxOutOfOrdernessMs: 200 },
    operators: [
      { id: 'src', kind: 'source', topic: 'orders', parallelism: 2, ...o.source },
      { id: 'check', kind: 'filter', input: 'src', parallelism: 2, where: 'true', ...check },
      ...tail,
    ],
  };
  return {
    ...base,
    topology: {
      ...base.topology,
      producers: [producer],
      consumerGroups: [],
      dataflows: [dataflow],
    },
  };
}

function run(s: ScenarioModel) {
  const sim = createSimulation(s, { checkInvariantsEveryStep: true });
  sim.runUntil(s.durationMs);
  const trace = sim.trace();
  const metrics = eventsOf(trace, 'dataflow.metrics');
  return {
    sim,
    trace,
    rows: sim.getState().dataflows[0]!.sinks.out!.length,
    appended: eventsOf(trace, 'record.appended').length,
    lag: metrics.at(-1)!.lagRecords,
    backpressured: eventsOf(trace, 'job.backpressure').some((e) => e.active),
    shed: eventsOf(trace, 'records.shed').reduce((n, e) => n + e.count, 0),
    kept: eventsOf(trace, 'records.sampled').reduce((n, e) => n + e.kept, 0),
    dropped: eventsOf(trace, 'records.sampled').reduce((n, e) => n + e.dropped, 0),
  };
}

describe('overload policies of a dataflow operator', () => {
  it('backpressure keeps every record: the source reads 60 a second and lag grows by 40', () => {
    const r = run(world({ recordsPerSecond: 30, overload: 'backpressure' }));
    expect(r.backpressured).toBe(true);
    expect(r.shed + r.dropped).toBe(0);
    // 20 s at 40 a second more than the filter takes, less what the buffers hold.
    expect(r.lag).toBeGreaterThan(600);
    expect(r.rows).toBeLessThan(r.appended * 0.65);
  });

  it('shedding drops what the filter cannot check, keeps it busy, and keeps up', () => {
    const r = run(world({ recordsPerSecond: 30, overload: 'shed' }));
    expect(r.backpressured).toBe(false);
    expect(r.lag).toBeLessThan(20);
    // The filter checks close to its 60 a second: about 60% of the input reaches the sink.
    expect(r.rows / r.appended).toBeGreaterThan(0.55);
    expect(r.rows / r.appended).toBeLessThan(0.65);
    // Everything read was either checked or shed, apart from what is still on its way.
    expect(r.appended - r.rows - r.shed).toBeLessThan(60);
    const events = eventsOf(r.trace, 'records.shed');
    expect(events.every((e) => e.job === 'df' && e.operator === 'check')).toBe(true);
    // One report per metrics sample (every second) that dropped anything.
    expect(events.length).toBeGreaterThanOrEqual(DURATION_MS / 1000 - 2);
  });

  it('sampling keeps a random half, reports kept and dropped, and keeps up', () => {
    const r = run(world({ recordsPerSecond: 30, overload: 'sample', samplePercent: 50 }));
    expect(r.backpressured).toBe(false);
    expect(r.lag).toBeLessThan(20);
    // About 1,900 draws: a fair coin keeps 50% of them, give or take 4%.
    expect(r.kept + r.dropped).toBeGreaterThan(1_800);
    expect(r.kept / (r.kept + r.dropped)).toBeGreaterThan(0.46);
    expect(r.kept / (r.kept + r.dropped)).toBeLessThan(0.54);
    expect(r.rows / r.appended).toBeGreaterThan(0.46);
    expect(r.rows / r.appended).toBeLessThan(0.56);
    expect(eventsOf(r.trace, 'records.sampled').every((e) => e.operator === 'check')).toBe(true);
  });

  it('sampling is deterministic: the same seed keeps the same records, another seed others', () => {
    const kept = (seed: number) => {
      const { sim } = run(
        world({ recordsPerSecond: 30, overload: 'sample', samplePercent: 50 }, { seed }),
      );
      return sim
        .getState()
        .dataflows[0]!.sinks.out!.map((row) => `${row.key}=${String(row.value)}@${row.atMs}`);
    };
    const first = kept(1);
    expect(kept(1)).toEqual(first);
    expect(kept(2)).not.toEqual(first);
  });

  it('sampling that keeps more than the capacity is backpressured as well', () => {
    const r = run(world({ recordsPerSecond: 30, overload: 'sample', samplePercent: 90 }));
    expect(r.backpressured).toBe(true);
    expect(r.lag).toBeGreaterThan(200);
    expect(r.kept / (r.kept + r.dropped)).toBeGreaterThan(0.86);
    expect(r.kept / (r.kept + r.dropped)).toBeLessThan(0.94);
  });

  it('a filter that keeps up drops nothing, whatever its policy, though its budget rounds per tick', () => {
    for (const overload of ['shed', 'sample'] as const) {
      const r = run(
        world({
          recordsPerSecond: 55,
          overload,
          ...(overload === 'sample' ? { samplePercent: 50 } : {}),
        }),
      );
      expect(r.shed + r.dropped, overload).toBe(0);
      expect(r.appended - r.rows, overload).toBeLessThan(20);
    }
  });

  it('a source can shed or sample too: it skips or samples what it cannot read in time', () => {
    const shed = run(world({}, { source: { recordsPerSecond: 30, overload: 'shed' } }));
    expect(shed.lag).toBeLessThan(20);
    expect(shed.rows / shed.appended).toBeGreaterThan(0.55);
    expect(shed.rows / shed.appended).toBeLessThan(0.65);
    expect(eventsOf(shed.trace, 'records.shed').every((e) => e.operator === 'src')).toBe(true);
    const sample = run(
      world({}, { source: { recordsPerSecond: 30, overload: 'sample', samplePercent: 50 } }),
    );
    expect(sample.lag).toBeLessThan(20);
    expect(sample.rows / sample.appended).toBeGreaterThan(0.46);
    expect(sample.rows / sample.appended).toBeLessThan(0.56);
  });
});

describe('event time under overload', () => {
  it('a backpressured source still emits watermarks, so windows fire, late but complete', () => {
    const r = run(world({ recordsPerSecond: 30, overload: 'backpressure' }, { window: true }));
    const fired = eventsOf(r.trace, 'window.fired');
    expect(r.backpressured).toBe(true);
    // The source reads 60 of the 100 records a second, so by 20 s it has read about 12 s of
    // input; every window up to then closes, each later than the one before.
    expect(new Set(fired.map((e) => e.window[0])).size).toBeGreaterThanOrEqual(4);
    const firstWindow = fired.filter((e) => e.window[0] === 0);
    expect(firstWindow.reduce((n, e) => n + e.value, 0)).toBe(200);
    expect(firstWindow[0]!.atMs).toBeGreaterThan(2_500);
  });

  it('sampled-out records still move the watermark: windows fire on time', () => {
    const r = run(
      world({ recordsPerSecond: 30, overload: 'sample', samplePercent: 50 }, { window: true }),
    );
    // The window [2 s, 4 s) fires once the watermark (200 ms behind) passes its end.
    const first = eventsOf(r.trace, 'window.fired').find((e) => e.window[0] === 2_000);
    expect(first!.atMs).toBeLessThan(4_700);
  });
});

describe('keyframes of a sampling run', () => {
  it('seeking to a time gives the state of a straight run to that time', () => {
    const s = world({ recordsPerSecond: 30, overload: 'sample', samplePercent: 50 });
    const seeker = createSimulation(s, { keyframeEveryEvents: 512 });
    seeker.runUntil(s.durationMs);
    for (const t of [3_333, 12_000, 7_777]) {
      seeker.seek(t);
      const straight = createSimulation(s);
      straight.runUntil(t);
      expect(JSON.stringify(seeker.getState().dataflows), `at ${t} ms`).toBe(
        JSON.stringify(straight.getState().dataflows),
      );
    }
    // And running on from a seek draws what the straight run drew.
    seeker.runUntil(s.durationMs);
    const straight = createSimulation(s);
    straight.runUntil(s.durationMs);
    expect(seeker.getState().dataflows[0]!.sinks).toEqual(straight.getState().dataflows[0]!.sinks);
  });
});
