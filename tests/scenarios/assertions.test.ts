// Unit tests for each assertion kind of the expected-outcome language, against small hand-written
// traces and world views rather than the engine, so each rule is seen in isolation.

import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../src/engine/index.ts';
import { checkOutcomes, describeAssertion, type Assertion } from '../../src/scenario/index.ts';
import { fakeRun, groupView, guidedScenario, parsedScenario } from './support/guidedScenario.ts';

function withExpect(...assertions: Assertion[]) {
  return parsedScenario(guidedScenario({ expect: assertions }));
}

const appended = (atMs: number, partition: string, offset: number): TraceEvent => ({
  atMs,
  type: 'record.appended',
  partition,
  offset,
  key: null,
  value: `v${offset}`,
  producer: 'p1',
  eventTimeMs: atMs,
  producedAtMs: atMs,
});

const processed = (
  atMs: number,
  consumer: string,
  partition: string,
  fromOffset: number,
  count: number,
): TraceEvent => ({
  atMs,
  type: 'consumer.processed',
  consumer,
  partition,
  fromOffset,
  count,
});

const committed = (atMs: number, offset: number): TraceEvent => ({
  atMs,
  type: 'offset.committed',
  group: 'g1',
  consumer: 'c1',
  partition: 'orders-0',
  offset,
});

describe('groupState', () => {
  const scenario = withExpect({ kind: 'groupState', group: 'g1', state: 'Stable', atMs: 5000 });

  it('holds when the group is in the state at that time', () => {
    const run = fakeRun([], () => [groupView('g1', 'Stable', {})]);
    const [result] = checkOutcomes(scenario, run);
    expect(result).toMatchObject({
      ok: true,
      message: 'group g1 is Stable at 5000 ms, as expected',
    });
    expect(run.asked).toEqual([5000]);
  });

  it('says what it found when the group is in another state', () => {
    const run = fakeRun([], () => [groupView('g1', 'PreparingRebalance', {})]);
    expect(checkOutcomes(scenario, run)[0]).toMatchObject({
      ok: false,
      message: 'expected group g1 to be Stable at 5000 ms, but it is PreparingRebalance',
    });
  });
});

describe('lag', () => {
  it('sums the lag over the partitions and compares it', () => {
    const scenario = withExpect(
      { kind: 'lag', group: 'g1', atMs: 4000, op: '<=', value: 5 },
      { kind: 'lag', group: 'g1', atMs: 4000, op: '==', value: 7 },
      { kind: 'lag', group: 'g1', atMs: 4000, op: '>=', value: 8 },
    );
    const run = fakeRun([], () => [groupView('g1', 'Stable', { 'orders-0': 3, 'orders-1': 4 })]);
    const results = checkOutcomes(scenario, run);
    expect(results.map((r) => r.ok)).toEqual([false, true, false]);
    expect(results[0]?.message).toBe(
      'expected lag of group g1 at 4000 ms to be at most 5 records, found 7',
    );
    expect(results[1]?.message).toBe(
      'lag of group g1 at 4000 ms is 7 records, as expected (exactly 7)',
    );
  });
});

describe('lagReaches', () => {
  // Lag is 10 until the commit at 3000 ms, 2 after it, and 0 after the commit at 6000 ms.
  const lagAt = (t: number) => (t > 6000 ? 0 : t > 3000 ? 2 : 10);
  const trace = [committed(3000, 8), committed(6000, 10), committed(9500, 10)];
  const run = () => fakeRun(trace, (t) => [groupView('g1', 'Stable', { 'orders-0': lagAt(t) })]);

  it('finds the first commit after which the lag is low enough, reading times in order', () => {
    const scenario = withExpect({ kind: 'lagReaches', group: 'g1', value: 0, byMs: 8000 });
    const fake = run();
    expect(checkOutcomes(scenario, fake)[0]).toMatchObject({
      ok: true,
      message: 'lag of group g1 fell to 0 at 6000 ms (between 0 ms and 8000 ms)',
    });
    expect(fake.asked).toEqual([3001, 6001]);
  });

  it('reports the lowest lag when it never gets there in time', () => {
    const scenario = withExpect({ kind: 'lagReaches', group: 'g1', value: 0, byMs: 5000 });
    expect(checkOutcomes(scenario, run())[0]).toMatchObject({
      ok: false,
      message:
        'expected lag of group g1 to fall to 0 or less between 0 ms and 5000 ms; the lowest after a commit was 2 at 3000 ms',
    });
  });

  it('does not count a time before afterMs, and says when nothing was committed', () => {
    const scenario = withExpect({
      kind: 'lagReaches',
      group: 'g1',
      value: 0,
      afterMs: 7000,
      byMs: 9000,
    });
    expect(checkOutcomes(scenario, run())[0]?.message).toBe(
      'expected lag of group g1 to fall to 0 or less between 7000 ms and 9000 ms, but the group committed no offsets between 7000 ms and 9000 ms',
    );
  });
});

describe('deliveries', () => {
  // orders-0@0 is processed twice, orders-0@1 once, orders-1@0 never.
  const trace = [
    appended(10, 'orders-0', 0),
    appended(11, 'orders-0', 1),
    appended(12, 'orders-1', 0),
    processed(100, 'c1', 'orders-0', 0, 2),
    processed(200, 'c1', 'orders-0', 0, 1),
  ];

  it('counts records by how often they were processed', () => {
    const scenario = withExpect(
      { kind: 'deliveries', times: 'more-than-once', op: '==', count: 1 },
      { kind: 'deliveries', times: 'once', op: '==', count: 1 },
      { kind: 'deliveries', times: 'zero', op: '==', count: 0 },
    );
    const results = checkOutcomes(
      scenario,
      fakeRun(trace, () => []),
    );
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(results[0]?.message).toBe(
      '1 records processed more than once (orders-0@0) out of 3, as expected (exactly 1)',
    );
    expect(results[2]?.message).toBe(
      'expected exactly 0 records never processed, found 1 (orders-1@0) out of 3',
    );
  });

  it('counts only the members of a named group', () => {
    const scenario = withExpect({
      kind: 'deliveries',
      times: 'zero',
      op: '==',
      count: 3,
      group: 'g1',
    });
    const otherConsumer = [...trace.slice(0, 3), processed(100, 'someone-else', 'orders-0', 0, 2)];
    expect(
      checkOutcomes(
        scenario,
        fakeRun(otherConsumer, () => []),
      )[0]?.ok,
    ).toBe(true);
  });
});

describe('eventCount', () => {
  const trace: TraceEvent[] = [
    { atMs: 1, type: 'group.state.changed', group: 'g1', from: 'Empty', to: 'PreparingRebalance' },
    {
      atMs: 3001,
      type: 'group.state.changed',
      group: 'g1',
      from: 'PreparingRebalance',
      to: 'Stable',
    },
    {
      atMs: 7000,
      type: 'group.state.changed',
      group: 'g1',
      from: 'Stable',
      to: 'PreparingRebalance',
    },
  ];

  it('counts matching events before byMs', () => {
    const scenario = withExpect(
      { kind: 'eventCount', eventType: 'group.state.changed', op: '==', count: 3 },
      {
        kind: 'eventCount',
        eventType: 'group.state.changed',
        where: { to: 'PreparingRebalance' },
        op: '>=',
        count: 2,
        byMs: 7000,
      },
    );
    const results = checkOutcomes(
      scenario,
      fakeRun(trace, () => []),
    );
    expect(results[0]?.ok).toBe(true);
    expect(results[1]).toMatchObject({
      ok: false,
      message:
        'expected at least 2 group.state.changed events with to="PreparingRebalance" before 7000 ms, found 1',
    });
  });
});

describe('windowResult', () => {
  const assertion: Assertion = {
    kind: 'windowResult',
    key: 'a',
    window: [0, 10_000],
    values: [
      { value: 7, timing: 'on-time' },
      { value: 8, timing: 'late' },
    ],
  };
  const fired = (atMs: number, value: number, timing: string) =>
    ({
      atMs,
      type: 'window.fired',
      job: 'j1',
      key: 'a',
      window: [0, 10_000],
      value,
      timing,
    }) as unknown as TraceEvent;

  it('fails a run without window.fired events and says there were none', () => {
    const [result] = checkOutcomes(
      withExpect(assertion),
      fakeRun([], () => []),
    );
    expect(result?.ok).toBe(false);
    expect(result?.message).toBe(
      'expected window [0,10000) for key a to emit 7 (on-time), then 8 (late); it emitted nothing: there are no window.fired events in this run',
    );
  });

  it('compares the results of one key and window, in order, with their timing', () => {
    const scenario = withExpect(assertion);
    const good = [fired(10_000, 7, 'on-time'), fired(12_000, 8, 'late')];
    expect(
      checkOutcomes(
        scenario,
        fakeRun(good, () => []),
      )[0]?.ok,
    ).toBe(true);
    const [bad] = checkOutcomes(
      scenario,
      fakeRun([fired(10_000, 7, 'on-time')], () => []),
    );
    expect(bad?.message).toBe(
      'expected window [0,10000) for key a to emit 7 (on-time), then 8 (late); it emitted 7 (on-time)',
    );
  });
});

describe('describeAssertion', () => {
  it('reads every kind as a sentence', () => {
    expect(
      describeAssertion({ kind: 'groupState', group: 'billing', state: 'Stable', atMs: 25_000 }),
    ).toBe('group billing is Stable at 25000 ms');
    expect(
      describeAssertion({ kind: 'lagReaches', group: 'billing', value: 0, byMs: 40_000 }),
    ).toBe('lag of group billing falls to 0 or less, by 40000 ms');
    expect(
      describeAssertion({ kind: 'deliveries', times: 'more-than-once', op: '==', count: 3 }),
    ).toBe('exactly 3 records processed more than once');
  });
});
