// Narration triggers resolved against a trace: atTime, the first matching event (after the
// previous step), and onNext.

import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../src/engine/index.ts';
import { firstMatchingEvent, resolveTrigger, type Trigger } from '../../src/scenario/index.ts';

const trace: TraceEvent[] = [
  { atMs: 0, type: 'sim.started', seed: 1, scenario: 's' },
  {
    atMs: 1,
    type: 'group.state.changed',
    group: 'billing',
    from: 'Empty',
    to: 'PreparingRebalance',
  },
  {
    atMs: 6003,
    type: 'group.state.changed',
    group: 'billing',
    from: 'CompletingRebalance',
    to: 'Stable',
  },
  {
    atMs: 6003,
    type: 'group.state.changed',
    group: 'audit',
    from: 'CompletingRebalance',
    to: 'Stable',
  },
  {
    atMs: 15_013,
    type: 'group.state.changed',
    group: 'billing',
    from: 'CompletingRebalance',
    to: 'Stable',
  },
];

const stable: Trigger = {
  kind: 'onEvent',
  eventType: 'group.state.changed',
  where: { group: 'billing', to: 'Stable' },
};

describe('firstMatchingEvent', () => {
  it('finds the first event with the type and every field of where', () => {
    expect(firstMatchingEvent(trace, stable)).toBe(trace[2]);
    expect(firstMatchingEvent(trace, { ...stable, where: { group: 'audit' } })).toBe(trace[3]);
  });

  it('skips events before notBeforeMs, and finds nothing for other kinds or no match', () => {
    expect(firstMatchingEvent(trace, stable, 7000)).toBe(trace[4]);
    expect(firstMatchingEvent(trace, stable, 20_000)).toBeUndefined();
    expect(firstMatchingEvent(trace, { kind: 'atTime', atMs: 1 })).toBeUndefined();
    expect(
      firstMatchingEvent(trace, { ...stable, where: { group: 'billing', to: 'Dead' } }),
    ).toBeUndefined();
  });
});

describe('resolveTrigger', () => {
  it('resolves each kind', () => {
    expect(resolveTrigger(trace, { kind: 'atTime', atMs: 30_000 })).toEqual({
      kind: 'at',
      atMs: 30_000,
    });
    expect(resolveTrigger(trace, stable)).toEqual({ kind: 'at', atMs: 6003, event: trace[2] });
    expect(resolveTrigger(trace, stable, 20_000)).toEqual({ kind: 'notYet' });
    expect(resolveTrigger(trace, { kind: 'onNext' })).toEqual({ kind: 'onNext' });
  });

  it('never fires a timed step before the step before it', () => {
    expect(resolveTrigger(trace, { kind: 'atTime', atMs: 100 }, 6003)).toEqual({
      kind: 'at',
      atMs: 6003,
    });
  });
});
