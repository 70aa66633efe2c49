import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  type ScenarioModel,
  type StreamJobSpec,
} from '../../../src/engine/index.ts';
import { buildScenario } from '../../support/scenarios.ts';
import { eventsOf } from '../../support/traceQueries.ts';

function world(job: Partial<StreamJobSpec>, latePercent = 15): ScenarioModel {
  const base = buildScenario({ durationMs: 30_000, partitions: 1 });
  const producer = {
    ...base.topology.producers[0]!,
    rate: { kind: 'constant' as const, intervalMs: 40 },
    keys: { kind: 'uniform' as const, count: 3 },
    values: { kind: 'integer' as const, min: 1, max: 9 },
    lateness: { percent: latePercent, meanDelayMs: 4_000 },
  };
  const spec: StreamJobSpec = {
    id: 'ks',
    sourceTopic: 'orders',
    semantics: 'kafka-streams',
    graceMs: 2_000,
    watermarks: { strategy: 'bounded-out-of-orderness', maxOutOfOrdernessMs: 0 },
    window: {
      assigner: { kind: 'tumbling', sizeMs: 5_000 },
      allowedLatenessMs: 0,
      aggregate: 'count',
    },
    ...job,
  };
  return {
    ...base,
    topology: { ...base.topology, producers: [producer], consumerGroups: [], streamJobs: [spec] },
  };
}

function run(s: ScenarioModel) {
  const sim = createSimulation(s, { checkInvariantsEveryStep: true });
  sim.runUntil(s.durationMs);
  return sim;
}

describe('Kafka Streams windows: stream time and grace', () => {
  it('emits an update for every record, and never uses watermarks', () => {
    const sim = run(world({}, 0));
    const trace = sim.trace();
    expect(eventsOf(trace, 'watermark.advanced')).toEqual([]);
    const updates = eventsOf(trace, 'window.fired');
    // One update per record the job has read so far.
    const processed = sim.getState().streamJobs[0]!.partitions[0]!.position;
    expect(processed).toBeGreaterThan(700);
    expect(updates.length).toBe(processed);
    // Each key's updates for a window count up by one.
    const last = new Map<string, number>();
    for (const u of updates) {
      const id = `${u.key}@${u.window[0]}`;
      expect(u.value).toBe((last.get(id) ?? 0) + 1);
      last.set(id, u.value);
    }
  });

  it('drops a record whose window closed (end + grace <= stream time), accepts it within grace', () => {
    const sim = run(world({}));
    const trace = sim.trace();
    const dropped = eventsOf(trace, 'window.late.dropped');
    expect(dropped.length).toBeGreaterThan(0);
    const appended = eventsOf(trace, 'record.appended');
    for (const d of dropped) {
      const streamTime = Math.max(
        ...appended.filter((r) => r.atMs <= d.atMs).map((r) => r.eventTimeMs),
      );
      const end = Math.floor(d.eventTimeMs / 5_000) * 5_000 + 5_000;
      expect(end + 2_000).toBeLessThanOrEqual(streamTime);
    }
    expect(eventsOf(trace, 'window.fired').some((f) => f.timing === 'late')).toBe(true);
  });

  it('with suppress, emits exactly one final result per window once stream time passes end + grace', () => {
    const sim = run(world({ emit: 'on-window-close' }));
    const trace = sim.trace();
    const finals = eventsOf(trace, 'window.fired');
    const ids = finals.map((f) => `${f.key}@${f.window[0]}`);
    expect(new Set(ids).size).toBe(ids.length);
    const appended = eventsOf(trace, 'record.appended');
    const dropped = new Set(
      eventsOf(trace, 'window.late.dropped').map((d) => `${d.partition}@${d.offset}`),
    );
    for (const f of finals) {
      const counted = appended.filter(
        (r) =>
          r.key === f.key &&
          r.eventTimeMs >= f.window[0] &&
          r.eventTimeMs < f.window[1] &&
          r.atMs <= f.atMs &&
          !dropped.has(`${r.partition}@${r.offset}`),
      ).length;
      expect(f.value).toBe(counted);
    }
  });
});
