import { describe, expect, it } from 'vitest';
import type { ScenarioModel } from '../../../src/engine/index.ts';
import { eventsOf } from '../../support/traceQueries.ts';
import { liveWorld, runAll } from './liveWorld.ts';

/** Event time minus processing time of each appended record, by the time it was produced. */
function offsets(scenario: ScenarioModel): { producedAtMs: number; skewMs: number }[] {
  return eventsOf(runAll(scenario).trace(), 'record.appended').map((r) => ({
    producedAtMs: r.producedAtMs,
    skewMs: r.eventTimeMs - r.producedAtMs,
  }));
}

describe('producer.clockSkew', () => {
  it('moves the event times of records created from then on, and only those', () => {
    const seen = offsets(
      liveWorld([{ atMs: 4_000, type: 'producer.clockSkew', target: 'p1', skewMs: -1_500 }]),
    );
    const before = seen.filter((r) => r.producedAtMs < 4_000);
    const after = seen.filter((r) => r.producedAtMs >= 4_000);
    expect(before.length).toBeGreaterThan(100);
    expect(after.length).toBeGreaterThan(100);
    expect(new Set(before.map((r) => r.skewMs))).toEqual(new Set([0]));
    expect(new Set(after.map((r) => r.skewMs))).toEqual(new Set([-1_500]));
  });

  it('replaces the configured skew but keeps drift, and traces both skews', () => {
    const base = liveWorld([
      { atMs: 5_000, type: 'producer.clockSkew', target: 'p1', skewMs: 200 },
    ]);
    const producer = { ...base.topology.producers[0]!, clock: { skewMs: 3_000, driftPpm: 1_000 } };
    const scenario = { ...base, topology: { ...base.topology, producers: [producer] } };
    const trace = runAll(scenario).trace();
    expect(eventsOf(trace, 'producer.clock.skewed')).toEqual([
      {
        atMs: 5_000,
        type: 'producer.clock.skewed',
        producer: 'p1',
        fromSkewMs: 3_000,
        skewMs: 200,
      },
    ]);
    for (const r of eventsOf(trace, 'record.appended')) {
      const drift = Math.trunc(r.producedAtMs / 1_000);
      expect(r.eventTimeMs - r.producedAtMs - drift).toBe(r.producedAtMs < 5_000 ? 3_000 : 200);
    }
  });

  it('a later skew replaces an earlier one, and 0 sets the clock right', () => {
    const seen = offsets(
      liveWorld([
        { atMs: 2_000, type: 'producer.clockSkew', target: 'p1', skewMs: 900 },
        { atMs: 6_000, type: 'producer.clockSkew', target: 'p1', skewMs: 0 },
      ]),
    );
    expect(
      new Set(
        seen.filter((r) => r.producedAtMs >= 2_000 && r.producedAtMs < 6_000).map((r) => r.skewMs),
      ),
    ).toEqual(new Set([900]));
    expect(new Set(seen.filter((r) => r.producedAtMs >= 6_000).map((r) => r.skewMs))).toEqual(
      new Set([0]),
    );
  });
});
