// Unit tests of the failureFreeOutput assertion: the output of a run against the failure-free
// run's, for dataflow sinks, stream job sinks and consumer groups, with hand-written traces and
// world views instead of the engine; the parser's checks of which output is named; the one list
// of fault interventions (and that ASSERTIONS.md states the same list); and that the second run
// is made at most once per check.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TraceEvent, WorldView } from '../../src/engine/index.ts';
import {
  checkOutcomes,
  describeAssertion,
  failureFreeScenario,
  faultInterventionTypes,
  INTERVENTION_ROLES,
  type Assertion,
  type OutcomeRun,
} from '../../src/scenario/index.ts';
import { errorsOf, guidedScenario, parsedScenario } from './support/guidedScenario.ts';

type FailureFree = Extract<Assertion, { kind: 'failureFreeOutput' }>;

/** The guided scenario plus a stream job with a sink, one without, and a dataflow with two sinks. */
function raw(expect: readonly Partial<FailureFree>[] = [], interventions: unknown[] = []) {
  const base = guidedScenario();
  const topology = base['topology'] as Record<string, unknown>;
  const window = {
    assigner: { kind: 'tumbling', sizeMs: 1000 },
    allowedLatenessMs: 0,
    aggregate: 'count',
  };
  const watermarks = { strategy: 'ascending' };
  return {
    ...base,
    system: 'flink',
    topology: {
      ...topology,
      streamJobs: [
        { id: 'j', sourceTopic: 'orders', watermarks, window, sink: { kind: 'append' } },
        { id: 'bare', sourceTopic: 'orders', watermarks, window },
      ],
      dataflows: [
        {
          id: 'df',
          watermarks,
          operators: [
            { id: 'src', kind: 'source', topic: 'orders' },
            { id: 'out', kind: 'sink', input: 'src', sink: 'append' },
            { id: 'tbl', kind: 'sink', input: 'src', sink: 'idempotent-upsert' },
          ],
        },
      ],
    },
    interventions,
    expect: expect.map((a) => ({ kind: 'failureFreeOutput', expect: 'equal', ...a })),
  };
}

function scenarioWith(...assertions: Partial<FailureFree>[]) {
  return parsedScenario(raw(assertions));
}

interface Row {
  readonly key: string;
  readonly value: number | string;
  readonly window?: readonly [number, number] | null;
}

const row = (r: Row) => ({ key: r.key, value: r.value, window: r.window ?? null, atMs: 0 });

/** A world whose sink `df/out` and stream job `j` show these rows, at any time. */
function viewWith(dataflowRows: readonly Row[], jobRows: readonly Row[] = []): WorldView {
  return {
    dataflows: [{ id: 'df', sinks: { out: dataflowRows.map(row), tbl: [] } }],
    streamJobs: [
      { id: 'j', sinkOutput: jobRows.map((r) => ({ ...row(r), window: r.window ?? [0, 1000] })) },
    ],
  } as unknown as WorldView;
}

/** A run with these views and trace that records the times it was asked about. */
function runOf(view: WorldView, trace: readonly TraceEvent[] = []) {
  const asked: number[] = [];
  const run: OutcomeRun = {
    trace,
    stateAt: (tMs) => {
      asked.push(tMs);
      return view;
    },
  };
  return { run, asked };
}

/** This run, with a failure-free run that counts how often it was made. */
function pair(here: OutcomeRun, clean: OutcomeRun) {
  const made = { count: 0 };
  const run: OutcomeRun = {
    ...here,
    failureFree: () => {
      made.count++;
      return clean;
    },
  };
  return { run, made };
}

const W: readonly [number, number] = [0, 1000];

describe('failureFreeOutput on a dataflow sink', () => {
  const clean = runOf(
    viewWith([
      { key: 'k0', value: 3, window: W },
      { key: 'k1', value: 4, window: W },
    ]),
  );

  it('holds for "equal" when both runs show the same rows, in any order', () => {
    const here = runOf(
      viewWith([
        { key: 'k1', value: 4, window: W },
        { key: 'k0', value: 3, window: W },
      ]),
    );
    const results = checkOutcomes(
      scenarioWith(
        { job: 'df', sink: 'out', expect: 'equal' },
        { job: 'df', sink: 'out', expect: 'different' },
      ),
      pair(here.run, clean.run).run,
    );
    expect(results.map((r) => r.ok)).toEqual([true, false]);
    expect(results[0]?.message).toBe(
      "the rows of sink out of dataflow df at 10000 ms equal the failure-free run's (2 rows)",
    );
    expect(results[1]?.message).toBe(
      "expected the rows of sink out of dataflow df at 10000 ms to differ from the failure-free run's, but they are the same (2 rows)",
    );
    // Both runs are read at the end of the run, the default time.
    expect(here.asked).toEqual([10_000]);
    expect(clean.asked).toEqual([10_000]);
  });

  it('reports the first differing row, in sorted order, with how often each run shows it', () => {
    const here = runOf(
      viewWith([
        { key: 'k1', value: 4, window: W },
        { key: 'k0', value: 3, window: W },
        { key: 'k1', value: 4, window: W },
        { key: 'k0', value: 9, window: W },
      ]),
    );
    const results = checkOutcomes(
      scenarioWith(
        { job: 'df', sink: 'out', expect: 'different' },
        { job: 'df', sink: 'out', expect: 'equal' },
      ),
      pair(here.run, clean.run).run,
    );
    expect(results.map((r) => r.ok)).toEqual([true, false]);
    expect(results[1]?.message).toBe(
      "expected the rows of sink out of dataflow df at 10000 ms to equal the failure-free run's, but 4 rows here, 2 in the failure-free run, 2 distinct rows differ; first difference: k0 [0,1000) = 9 appears once here, 0 times in the failure-free run",
    );
    expect(results[0]?.message).toContain(
      "differ from the failure-free run's, as expected: 4 rows here",
    );
  });

  it('tells a text value from a number, and a row without a window from one with', () => {
    const here = runOf(
      viewWith([
        { key: 'k0', value: '3', window: W },
        { key: 'k1', value: 4 },
      ]),
    );
    const [result] = checkOutcomes(
      scenarioWith({ job: 'df', sink: 'out' }),
      pair(here.run, clean.run).run,
    );
    expect(result?.ok).toBe(false);
    expect(result?.message).toContain(
      'first difference: k0 [0,1000) = "3" appears once here, 0 times in the failure-free run',
    );
  });

  it('reads both runs at atMs when given', () => {
    const here = runOf(
      viewWith([
        { key: 'k0', value: 3, window: W },
        { key: 'k1', value: 4, window: W },
      ]),
    );
    const cleanAt = runOf(viewWith([]));
    checkOutcomes(
      scenarioWith({ job: 'df', sink: 'out', atMs: 4000 }),
      pair(here.run, cleanAt.run).run,
    );
    expect(here.asked).toEqual([4000]);
    expect(cleanAt.asked).toEqual([4000]);
  });
});

describe('failureFreeOutput on a stream job', () => {
  it('compares the rows its sink shows', () => {
    const here = runOf(
      viewWith(
        [],
        [
          { key: 'a', value: 7 },
          { key: 'a', value: 7 },
        ],
      ),
    );
    const clean = runOf(viewWith([], [{ key: 'a', value: 7 }]));
    const [result] = checkOutcomes(
      scenarioWith({ job: 'j', expect: 'different' }),
      pair(here.run, clean.run).run,
    );
    expect(result).toMatchObject({
      ok: true,
      message:
        "the sink rows of stream job j at 10000 ms differ from the failure-free run's, as expected: 2 rows here, 1 in the failure-free run, 1 distinct rows differ; first difference: a [0,1000) = 7 appears 2 times here, once in the failure-free run",
    });
  });
});

describe('failureFreeOutput on a consumer group', () => {
  const appended = (atMs: number, offset: number, key: string, value: string): TraceEvent => ({
    atMs,
    type: 'record.appended',
    partition: 'orders-0',
    offset,
    key,
    value,
    producer: 'p1',
    eventTimeMs: atMs,
    producedAtMs: atMs,
  });
  const processed = (atMs: number, fromOffset: number, count: number): TraceEvent => ({
    atMs,
    type: 'consumer.processed',
    consumer: 'c1',
    partition: 'orders-0',
    fromOffset,
    count,
  });
  const log = [appended(10, 0, 'a', '1'), appended(20, 1, 'b', '2'), appended(30, 2, 'a', '3')];
  const clean = runOf(viewWith([]), [...log, processed(100, 0, 3)]);
  // A crash after offset 1 was processed: the replay processes offsets 0 to 2 again.
  const replayed = runOf(viewWith([]), [...log, processed(100, 0, 2), processed(900, 0, 3)]);

  it('reads each processing as a row of an append log, so a replay shows duplicates', () => {
    const [append] = checkOutcomes(
      scenarioWith({ group: 'g1', as: 'append', expect: 'different' }),
      pair(replayed.run, clean.run).run,
    );
    expect(append?.ok).toBe(true);
    expect(append?.message).toContain(
      '5 rows here, 3 in the failure-free run, 2 distinct rows differ; first difference: orders-0@0 a = "1" appears 2 times here, once in the failure-free run',
    );
  });

  it('reads the last value per key as an upsert table, which the replay leaves equal', () => {
    const [upsert] = checkOutcomes(
      scenarioWith({ group: 'g1', as: 'upsert' }),
      pair(replayed.run, clean.run).run,
    );
    expect(upsert).toMatchObject({
      ok: true,
      message:
        "the records group g1 processed, as an upsert table (last value per key), at 10000 ms equal the failure-free run's (2 rows)",
    });
  });

  it('counts only processing before atMs', () => {
    const [early] = checkOutcomes(
      scenarioWith({ group: 'g1', as: 'append', atMs: 500 }),
      pair(replayed.run, clean.run).run,
    );
    // By 500 ms the faulty run processed offsets 0 and 1, the failure-free run all three.
    expect(early?.message).toContain('2 rows here, 3 in the failure-free run');
  });
});

describe('the failure-free run', () => {
  it('is made once per check however many assertions compare with it, and never if none does', () => {
    const view = viewWith([{ key: 'k0', value: 1, window: W }], [{ key: 'a', value: 7 }]);
    const { run, made } = pair(runOf(view).run, runOf(view).run);
    const results = checkOutcomes(
      scenarioWith({ job: 'df', sink: 'out' }, { job: 'j' }, { group: 'g1', as: 'upsert' }),
      run,
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(made.count).toBe(1);
    const none = parsedScenario({
      ...raw(),
      expect: [{ kind: 'groupState', group: 'g1', state: 'Stable', atMs: 1000 }],
    });
    const other = pair(runOf(view).run, runOf(view).run);
    checkOutcomes(none, { ...other.run, stateAt: () => ({ groups: [] }) as unknown as WorldView });
    expect(other.made.count).toBe(0);
  });

  it('fails the assertion with a reason when the caller did not provide it', () => {
    const [result] = checkOutcomes(scenarioWith({ job: 'j' }), runOf(viewWith([])).run);
    expect(result).toMatchObject({
      ok: false,
      message:
        'cannot compare the sink rows of stream job j at 10000 ms with the failure-free run: the caller did not run it (OutcomeRun.failureFree)',
    });
  });

  it('keeps the scenario and its commands and drops every fault', () => {
    const scenario = parsedScenario(
      raw(
        [],
        [
          { atMs: 1000, type: 'consumer.crash', target: 'c1' },
          { atMs: 2000, type: 'consumer.restart', target: 'c1' },
          { atMs: 3000, type: 'producer.stop', target: 'p1' },
          { atMs: 3500, type: 'job.fail', target: 'df' },
          { atMs: 4000, type: 'producer.start', target: 'p1' },
          { atMs: 5000, type: 'node.pause', target: 'b1', durationMs: 100 },
          { atMs: 6000, type: 'consumer.seek', target: 'c1', toBeginning: true },
        ],
      ),
    );
    const clean = failureFreeScenario(scenario);
    expect(clean.interventions.map((i) => `${i.atMs} ${i.type}`)).toEqual([
      '3000 producer.stop',
      '4000 producer.start',
      '6000 consumer.seek',
    ]);
    expect({ ...clean, interventions: [] }).toEqual({ ...scenario, interventions: [] });
    expect(scenario.interventions).toHaveLength(7);
  });

  it('takes its list of faults from one table, which ASSERTIONS.md states word for word', () => {
    const text = readFileSync(
      join(import.meta.dirname, '..', '..', 'src', 'scenario', 'ASSERTIONS.md'),
      'utf8',
    );
    const listed = (label: string): string[] => {
      const start = text.indexOf(label);
      expect(start, label).toBeGreaterThan(0);
      const item = text.slice(start).split(/[;.]\n/)[0]!;
      return [...item.matchAll(/`([a-z]+\.[A-Za-z.]+)`/g)].map((m) => m[1]!);
    };
    const faults = faultInterventionTypes();
    const commands = Object.keys(INTERVENTION_ROLES).filter((t) => !faults.includes(t as never));
    expect(listed('faults (removed)').sort()).toEqual([...faults].sort());
    expect(listed('commands (kept)').sort()).toEqual(commands.sort());
    expect(faults).toEqual(
      expect.arrayContaining(['job.fail', 'broker.crash', 'node.slow', 'producer.poison']),
    );
    expect(commands).toEqual(expect.arrayContaining(['consumer.join', 'producer.start']));
  });
});

describe('the parser', () => {
  const path = '$.expect[0]';
  it.each([
    [{ expect: 'equal' }, `${path}.job`, 'is missing: name the output to compare'],
    [{ job: 'j', group: 'g1', as: 'append' }, `${path}.group`, 'is set as well as job'],
    [
      { job: 'df' },
      `${path}.sink`,
      'is missing: dataflow "df" may have several sinks, so name the one to compare',
    ],
    [{ job: 'df', sink: 'src' }, `${path}.sink`, 'names no sink operator of dataflow "df"'],
    [
      { job: 'j', sink: 'out' },
      `${path}.sink`,
      'does not apply: stream job "j" has one sink, set in the job',
    ],
    [
      { job: 'bare' },
      `${path}.job`,
      'names stream job "bare", which has no sink, so it has no output to compare',
    ],
    [
      { job: 'j', as: 'upsert' },
      `${path}.as`,
      'does not apply here: it is for groups; a job has its own sink',
    ],
    [
      { group: 'g1' },
      `${path}.as`,
      'is missing: a group has no sink, so say how its processing is read',
    ],
    [
      { group: 'g1', as: 'append', sink: 'out' },
      `${path}.sink`,
      'does not apply here: a group has no sink',
    ],
    [{ group: 'nope', as: 'append' }, `${path}.group`, undefined],
    [{ job: 'j', atMs: 20_000 }, `${path}.atMs`, undefined],
  ])('refuses %j at the path it names', (assertion, errorPath, message) => {
    const errors = errorsOf(raw([assertion as Partial<FailureFree>]));
    const error = errors.find((e) => e.path === errorPath);
    expect(error, JSON.stringify(errors)).toBeDefined();
    if (message !== undefined) expect(error?.message).toBe(message);
    expect(error?.allowed).toBeTruthy();
  });

  it('refuses an unknown expect word, naming the allowed ones', () => {
    const errors = errorsOf(raw([{ job: 'j', expect: 'same' as never }]));
    expect(errors[0]).toMatchObject({
      path: `${path}.expect`,
      allowed: 'one of: equal, different',
    });
  });
});

describe('describeAssertion', () => {
  it('says what is compared, when, and which way', () => {
    const words = (a: Partial<FailureFree>) =>
      describeAssertion({ kind: 'failureFreeOutput', expect: 'equal', ...a });
    expect(words({ job: 'df', sink: 'out' })).toBe(
      "the rows of sink out of dataflow df at the end equal the failure-free run's",
    );
    expect(words({ job: 'j', expect: 'different', atMs: 5000 })).toBe(
      "the sink rows of stream job j at 5000 ms differ from the failure-free run's",
    );
    expect(words({ group: 'g1', as: 'append' })).toBe(
      "the records group g1 processed, as an append log, at the end equal the failure-free run's",
    );
  });
});
