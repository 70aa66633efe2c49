import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../../src/engine/index.ts';
import { eventsOf } from '../../support/traceQueries.ts';
import { liveWorld, runAll, type Timed } from './liveWorld.ts';

function burst(share: number, atMs = 2_000, durationMs = 4_000, key = 'hot'): Timed {
  return { atMs, type: 'producer.hotKeyBurst', target: 'p1', key, share, durationMs };
}

/** Keys of records produced in [fromMs, toMs). */
function keysBetween(
  trace: readonly TraceEvent[],
  fromMs: number,
  toMs: number,
): (string | null)[] {
  return eventsOf(trace, 'record.appended')
    .filter((r) => r.producedAtMs >= fromMs && r.producedAtMs < toMs)
    .map((r) => r.key);
}

describe('producer.hotKeyBurst', () => {
  it('gives about the chosen share of records the hot key while it lasts, and none after', () => {
    const trace = runAll(liveWorld([burst(0.6)])).trace();
    const during = keysBetween(trace, 2_000, 6_000);
    const hot = during.filter((k) => k === 'hot').length;
    expect(during).toHaveLength(200);
    // 200 draws at 60%: far outside 0.45..0.75 would be a broken draw, not bad luck.
    expect(hot / during.length).toBeGreaterThan(0.45);
    expect(hot / during.length).toBeLessThan(0.75);
    expect(keysBetween(trace, 0, 2_000)).not.toContain('hot');
    expect(keysBetween(trace, 6_000, 10_000)).not.toContain('hot');
    expect(eventsOf(trace, 'producer.burst.started')).toEqual([
      {
        atMs: 2_000,
        type: 'producer.burst.started',
        producer: 'p1',
        key: 'hot',
        share: 0.6,
        untilMs: 6_000,
      },
    ]);
    expect(eventsOf(trace, 'producer.burst.ended')).toEqual([
      { atMs: 6_000, type: 'producer.burst.ended', producer: 'p1', key: 'hot' },
    ]);
  });

  it('with share 1 every record carries the key, so they all land on one partition', () => {
    const trace = runAll(liveWorld([burst(1)])).trace();
    expect(new Set(keysBetween(trace, 2_000, 6_000))).toEqual(new Set(['hot']));
    const partitions = eventsOf(trace, 'record.appended')
      .filter((r) => r.key === 'hot')
      .map((r) => r.partition);
    expect(new Set(partitions).size).toBe(1);
  });

  it('with share 0 no record carries it', () => {
    expect(keysBetween(runAll(liveWorld([burst(0)])).trace(), 0, 10_000)).not.toContain('hot');
  });

  it('a new burst replaces the one in progress, whose end then passes unnoticed', () => {
    const trace = runAll(
      liveWorld([burst(1, 2_000, 4_000, 'first'), burst(1, 3_000, 1_000, 'second')]),
    ).trace();
    expect(new Set(keysBetween(trace, 3_000, 4_000))).toEqual(new Set(['second']));
    expect(
      keysBetween(trace, 4_000, 10_000).filter((k) => k === 'first' || k === 'second'),
    ).toEqual([]);
    expect(eventsOf(trace, 'producer.burst.ended').map((e) => [e.atMs, e.key])).toEqual([
      [4_000, 'second'],
    ]);
  });
});
