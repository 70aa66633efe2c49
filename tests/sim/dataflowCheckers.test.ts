// Tests of the sweep's dataflow checkers and their analysis: each checker must catch the violation
// it exists for, on a planted trace or a tampered view, and accept a real run with a failure, or
// a clean sweep would prove nothing about dataflows.

import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  type DataflowSpec,
  type TraceEvent,
  type WorldView,
} from '../../src/engine/index.ts';
import type { ScenarioFile } from '../../src/scenario/index.ts';
import { buildScenario } from '../support/scenarios.ts';
import { analyseDataflow } from './dataflowAnalysis.ts';
import { createDataflowChecks, type DataflowChecks } from './dataflowCheckState.ts';
import { compareDataflowsWithFailureFree, runFlowsFailureFree } from './dataflowComparison.ts';
import { observeDataflowEvent } from './dataflowTraceChecks.ts';
import { checkDataflowLiveness, checkDataflowViews } from './dataflowViewChecks.ts';

const FLOW: DataflowSpec = {
  id: 'df',
  tickMs: 10,
  bufferRecords: 20,
  watermarks: { strategy: 'bounded-out-of-orderness', maxOutOfOrdernessMs: 200, intervalMs: 100 },
  checkpoint: { intervalMs: 500, ackDelayMs: 20 },
  restartDelayMs: 300,
  operators: [
    { id: 'src', kind: 'source', topic: 'orders', parallelism: 2 },
    { id: 'double', kind: 'map', input: 'src', parallelism: 2, set: { value: 'value * 2' } },
    {
      id: 'win',
      kind: 'window',
      input: 'double',
      parallelism: 2,
      assigner: { kind: 'tumbling', sizeMs: 1000 },
      allowedLatenessMs: 0,
      aggregate: 'sum',
    },
    { id: 'exact', kind: 'sink', input: 'win', sink: 'transactional', parallelism: 2 },
    { id: 'upsert', kind: 'sink', input: 'win', sink: 'idempotent-upsert' },
    { id: 'all', kind: 'sink', input: 'win', sink: 'append' },
  ],
};

/** Two partitions written in order until 10 s, read by `flow`, which fails at `failAtMs`. */
function scenarioWith(
  flow: DataflowSpec,
  failAtMs?: number,
  partitioner = 'round-robin',
): ScenarioFile {
  const base = buildScenario({
    partitions: 2,
    durationMs: 20_000,
    producers: [
      {
        id: 'p1',
        topic: 'orders',
        rate: { kind: 'constant', intervalMs: 50 },
        keys: { kind: 'uniform', count: 3 },
        partitioner,
        values: { kind: 'integer', min: 1, max: 5 },
        stopAtMs: 10_000,
        // Few, quick retries, so the liveness budget after 10 s is known (livenessBudget.ts).
        retries: 2,
        requestTimeoutMs: 500,
      },
    ],
  });
  // The builder knows no dataflows, so the dataflow and its failure join the parsed scenario.
  const interventions =
    failAtMs === undefined ? [] : [{ atMs: failAtMs, type: 'job.fail' as const, target: flow.id }];
  return {
    ...base,
    topology: { ...base.topology, consumerGroups: [], dataflows: [flow] },
    interventions,
  };
}

const at = (atMs: number) => ({ atMs, job: 'df' });
const wm = (atMs: number, watermarkMs: number, operator = 'win'): TraceEvent => ({
  ...at(atMs),
  type: 'watermark.advanced',
  operator,
  watermarkMs,
});
const fired = (atMs: number, timing: 'on-time' | 'late' | 'early'): TraceEvent => ({
  ...at(atMs),
  type: 'window.fired',
  operator: 'win',
  key: 'k0',
  window: [0, 1000],
  value: 1,
  timing,
});
const started = (atMs: number, checkpoint: number): TraceEvent => ({
  ...at(atMs),
  type: 'checkpoint.started',
  checkpoint,
});
const aligned = (
  atMs: number,
  checkpoint: number,
  operator: string,
  subtask: number,
): TraceEvent => ({
  ...at(atMs),
  type: 'barrier.aligned',
  operator,
  subtask,
  checkpoint,
  alignmentMs: 0,
});
const completed = (atMs: number, checkpoint: number): TraceEvent => ({
  ...at(atMs),
  type: 'checkpoint.completed',
  checkpoint,
  durationMs: 10,
});
/** Every sink subtask of FLOW aligns `checkpoint`. */
const allAligned = (atMs: number, checkpoint: number): TraceEvent[] => [
  aligned(atMs, checkpoint, 'exact', 0),
  aligned(atMs, checkpoint, 'exact', 1),
  aligned(atMs, checkpoint, 'upsert', 0),
  aligned(atMs, checkpoint, 'all', 0),
];
const failed: TraceEvent = { ...at(5_000), type: 'job.failed' };
const restored: TraceEvent = { ...at(6_000), type: 'job.restored', checkpoint: 0 };

function collect(run: (expect: (ok: boolean, message: string) => void) => void): string[] {
  const out: string[] = [];
  run((ok, message) => ok || out.push(message));
  return out;
}

function violationsOf(
  trace: readonly TraceEvent[],
  checks = createDataflowChecks(scenarioWith(FLOW), {}),
): string[] {
  return collect((e) => {
    for (const event of trace) observeDataflowEvent(checks, event, e);
  });
}

describe('the dataflow trace checkers', () => {
  it('accept a clean trace: watermarks rise, one on-time pane, checkpoints aligned by every sink', () => {
    const trace = [
      wm(100, 500),
      wm(200, 999),
      fired(200, 'on-time'),
      fired(300, 'late'),
      started(400, 1),
      ...allAligned(450, 1),
      completed(470, 1),
    ];
    expect(violationsOf(trace)).toEqual([]);
  });

  it('catch an operator watermark that goes back within an attempt, and allow it after a restore', () => {
    expect(violationsOf([wm(100, 500), wm(200, 400)])[0]).toMatch(
      /operator win watermark went from 500 to 400/,
    );
    expect(violationsOf([wm(100, 500), failed, restored, wm(6_100, 400)])).toEqual([]);
    expect(violationsOf([wm(100, 500, 'src'), wm(200, 400, 'win')])).toEqual([]);
  });

  it('catch a second on-time pane, an on-time pane after a late one, and allow both after a restore', () => {
    expect(violationsOf([fired(100, 'on-time'), fired(200, 'on-time')])[0]).toMatch(
      /second on-time firing/,
    );
    expect(violationsOf([fired(100, 'late'), fired(200, 'on-time')])[0]).toMatch(
      /on time after a late pane/,
    );
    expect(
      violationsOf([fired(100, 'on-time'), failed, restored, fired(6_100, 'on-time')]),
    ).toEqual([]);
  });

  it('catch a result while failed', () => {
    expect(violationsOf([failed, fired(5_100, 'on-time')])[0]).toMatch(/while failed/);
    const output: TraceEvent = {
      ...at(5_100),
      type: 'dataflow.output',
      sink: 'all',
      key: 'k0',
      value: 1,
      window: null,
      visibility: 'visible',
      latencyMs: 1,
    };
    expect(violationsOf([failed, output])[0]).toMatch(/sink all wrote while failed/);
  });

  it('catch checkpoint ids that go back, and a checkpoint completed before every sink aligned it', () => {
    expect(violationsOf([started(100, 2), started(200, 1)])[0]).toMatch(
      /started checkpoint 1 after 2/,
    );
    const partial = [
      started(100, 1),
      aligned(150, 1, 'exact', 0),
      aligned(150, 1, 'upsert', 0),
      completed(170, 1),
    ];
    expect(violationsOf(partial)[0]).toMatch(/checkpoint 1 with 2 of 4 sink subtasks aligned/);
    const stale = [started(100, 1), ...allAligned(150, 1), failed, restored, completed(6_100, 1)];
    expect(violationsOf(stale)[0]).toMatch(/one not started in this attempt/);
  });

  it('catch a commit of a checkpoint that never completed, and a buffer over its credit', () => {
    const commit: TraceEvent = { ...at(100), type: 'sink.committed', checkpoint: 3, count: 2 };
    expect(violationsOf([commit])[0]).toMatch(/checkpoint 3, which has not completed/);
    const metrics: TraceEvent = {
      ...at(100),
      type: 'dataflow.metrics',
      recordsPerSecond: 0,
      lagRecords: 0,
      lagByPartition: {},
      latencyMsP50: null,
      latencyMsP95: null,
      latencyMsP99: null,
      watermarkLagMs: null,
      stateEntries: 0,
      stateByOperator: {},
      bufferFillPercent: 105,
      checkpointDurationMs: null,
    };
    expect(violationsOf([metrics])[0]).toMatch(/channel at 105 % of its credit/);
  });
});

/** Runs `scenario` to its end with every event fed to fresh dataflow checks. */
function runChecked(scenario: ScenarioFile): {
  checks: DataflowChecks;
  view: WorldView;
  found: string[];
} {
  const sim = createSimulation(scenario);
  sim.runUntil(scenario.durationMs);
  const checks = createDataflowChecks(scenario, {});
  const found = collect((e) => {
    for (const event of sim.trace()) observeDataflowEvent(checks, event, e);
  });
  return { checks, view: sim.getState(), found };
}

describe('the dataflow view checkers and the failure-free comparison', () => {
  const failing = scenarioWith(FLOW, 4_321);
  const { checks, view, found } = runChecked(failing);
  const clean = runFlowsFailureFree(checks, failing)!;

  it('accept a real run with a failure, and compare every sink', () => {
    expect(found).toEqual([]);
    expect(collect((e) => checkDataflowViews(checks, view, e))).toEqual([]);
    expect(collect((e) => checkDataflowLiveness(checks, failing, view, 10_000, e))).toEqual([]);
    expect(
      collect((e) => compareDataflowsWithFailureFree(checks, failing, view, clean, e)),
    ).toEqual([]);
    const f = checks.flows.get('df')!;
    expect(f.restores).toBe(1);
    expect(f.liveness).toBe('judged');
    expect(Object.fromEntries(f.comparisons)).toEqual({
      exact: 'compared',
      upsert: 'compared',
      all: 'compared',
    });
    expect(view.dataflows[0]!.sinks.exact!.length).toBeGreaterThan(10);
  });

  it('catch a transactional sink with a row twice, and an append sink that lost one', () => {
    const df = view.dataflows[0]!;
    const exact = df.sinks.exact!;
    const tampered = {
      ...view,
      dataflows: [
        {
          ...df,
          sinks: { ...df.sinks, exact: [...exact, exact[0]!], all: df.sinks.all!.slice(1) },
        },
      ],
    };
    const messages = collect((e) =>
      compareDataflowsWithFailureFree(checks, failing, tampered, clean, e),
    );
    expect(messages.join('\n')).toMatch(/df sink exact holds \d+ rows, the failure-free run \d+/);
    expect(messages.join('\n')).toMatch(/df sink all lost 1 rows of the failure-free run/);
  });

  it('catch a view that disagrees with the trace, a buffer over its credit, and lag at the end', () => {
    const df = view.dataflows[0]!;
    const [first, ...rest] = df.operators;
    const subtasks = first!.subtasks.map((s) => ({ ...s, bufferedRecords: s.bufferCapacity + 1 }));
    const tampered = {
      ...view,
      dataflows: [
        { ...df, running: false, operators: [{ ...first!, subtasks, watermarkMs: -5 }, ...rest] },
      ],
    };
    const messages = collect((e) => checkDataflowViews(checks, tampered, e)).join('\n');
    expect(messages).toMatch(/df running is false, the trace says true/);
    expect(messages).toMatch(/operator src watermark -5 differs/);
    expect(messages).toMatch(/buffers \d+ records, more than its credit/);
    const lagging = runChecked(failing).checks;
    const f = lagging.flows.get('df')!;
    f.samples.push({ atMs: 19_000, lagRecords: 3, bufferFillPercent: 0 });
    expect(collect((e) => checkDataflowLiveness(lagging, failing, view, 10_000, e))[0]).toMatch(
      /last metrics sample \(at 19000 ms\) shows lag 3/,
    );
  });

  it('catch a checkpoint started after the dataflow drained that never completed', () => {
    const stuck = runChecked(failing).checks;
    stuck.flows.get('df')!.startedAtMs.set(999, 15_000);
    expect(collect((e) => checkDataflowLiveness(stuck, failing, view, 10_000, e))[0]).toMatch(
      /checkpoint 999, started at 15000 ms after it drained/,
    );
  });
});

describe('the dataflow analysis', () => {
  const sinkTiming = (flow: DataflowSpec, partitioner = 'round-robin') =>
    Object.fromEntries(
      analyseDataflow(scenarioWith(flow, undefined, partitioner), flow).sinks.map((s) => [
        s.id,
        s.timing,
      ]),
    );
  const ops = (...middle: DataflowSpec['operators'][number][]): DataflowSpec => ({
    ...FLOW,
    operators: [
      FLOW.operators[0]!,
      ...middle,
      { id: 'out', kind: 'sink', input: middle.at(-1)!.id, sink: 'transactional' },
    ],
  });

  it('finds windows free of timing, and changelogs ordered only when keys stay in one partition', () => {
    expect(sinkTiming(FLOW)).toEqual({ exact: null, upsert: null, all: null });
    const counting = ops({ id: 'agg', kind: 'aggregate', input: 'src', fn: 'sum', parallelism: 2 });
    expect(sinkTiming(counting)).toEqual({ out: 'changelog order' });
    const countable = (flow: DataflowSpec) =>
      analyseDataflow(scenarioWith(flow), flow).sinks.map((s) => s.countable);
    expect(countable(counting)).toEqual([true]);
    const filtered = ops(
      { id: 'agg', kind: 'aggregate', input: 'src', fn: 'sum' },
      { id: 'big', kind: 'filter', input: 'agg', where: 'value > 3' },
    );
    expect(countable(filtered)).toEqual([false]);
    expect(sinkTiming(counting, 'default')).toEqual({ out: null });
    const rekeyed = ops(
      { id: 'rekey', kind: 'keyBy', input: 'src', key: 'concat("g", value)' },
      { id: 'agg', kind: 'aggregate', input: 'rekey', fn: 'sum' },
    );
    expect(sinkTiming(rekeyed, 'default')).toEqual({ out: 'changelog order' });
  });

  it('finds processing time in a stream-table join and state TTL', () => {
    const ttl = ops({ id: 'agg', kind: 'aggregate', input: 'src', fn: 'count', stateTtlMs: 500 });
    expect(sinkTiming(ttl, 'default')).toEqual({ out: 'state TTL' });
    const joined = ops({
      id: 'j',
      kind: 'tableJoin',
      input: 'src',
      tableTopic: 'orders',
      as: 'row',
    });
    expect(sinkTiming(joined)).toEqual({ out: 'processing time' });
  });
});
