// Tests of the sweep's stream-job checkers: each must catch the violation it exists for, on a
// planted trace or a tampered run, or a clean sweep would prove nothing about jobs.

import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  type StreamJobSpec,
  type TraceEvent,
  type WorldView,
} from '../../src/engine/index.ts';
import type { ScenarioFile } from '../../src/scenario/index.ts';
import { buildScenario } from '../support/scenarios.ts';
import { compareWithFailureFree } from './jobComparison.ts';
import { createJobChecks, type JobChecks } from './jobCheckState.ts';
import { observeJobEvent } from './jobTraceChecks.ts';
import { checkJobLiveness, checkJobViews } from './jobViewChecks.ts';

const JOB: StreamJobSpec = {
  id: 'j1',
  sourceTopic: 'orders',
  watermarks: { strategy: 'bounded-out-of-orderness', maxOutOfOrdernessMs: 200, intervalMs: 100 },
  window: {
    assigner: { kind: 'tumbling', sizeMs: 1000 },
    allowedLatenessMs: 500,
    aggregate: 'sum',
    accumulation: 'accumulating',
  },
  sink: { kind: 'transactional' },
  checkpoint: { intervalMs: 500, ackDelayMs: 50 },
  restartDelayMs: 300,
};

/** A two-partition world whose producer stops at 10 s, read by `job`, which fails at `failAtMs`. */
function scenarioWith(job: StreamJobSpec, failAtMs?: number): ScenarioFile {
  const base = buildScenario({
    partitions: 2,
    durationMs: 20_000,
    producers: [
      {
        id: 'p1',
        topic: 'orders',
        rate: { kind: 'constant', intervalMs: 50 },
        keys: { kind: 'uniform', count: 3 },
        partitioner: 'round-robin',
        values: { kind: 'integer', min: 1, max: 5 },
        stopAtMs: 10_000,
      },
    ],
  });
  // The builder knows no stream jobs, so the job and its failure are added to the parsed scenario.
  const interventions =
    failAtMs === undefined ? [] : [{ atMs: failAtMs, type: 'job.fail' as const, target: job.id }];
  return { ...base, topology: { ...base.topology, streamJobs: [job] }, interventions };
}

const at = (atMs: number) => ({ atMs, job: 'j1' });
const wm = (atMs: number, watermarkMs: number): TraceEvent => ({
  ...at(atMs),
  type: 'watermark.advanced',
  watermarkMs,
});
const fired = (
  atMs: number,
  start: number,
  timing: 'on-time' | 'late' | 'early',
  key = 'k0',
): TraceEvent => ({
  ...at(atMs),
  type: 'window.fired',
  key,
  window: [start, start + 1000],
  value: 1,
  timing,
});
const dropped = (atMs: number, eventTimeMs: number): TraceEvent => ({
  ...at(atMs),
  type: 'window.late.dropped',
  key: 'k0',
  eventTimeMs,
  partition: 'orders-0',
  offset: 7,
});

function violationsOf(trace: TraceEvent[], job = JOB): string[] {
  const checks = createJobChecks(scenarioWith(job));
  const found: string[] = [];
  for (const e of trace) observeJobEvent(checks, e, (ok, message) => ok || found.push(message));
  return found;
}

describe('the stream-job trace checkers', () => {
  it('accept a clean trace: on time at the crossing, early before, late within lateness, drops past it', () => {
    const trace = [
      wm(100, 500),
      fired(150, 0, 'early'),
      fired(200, 0, 'on-time'),
      wm(200, 999),
      fired(300, 0, 'late'),
      wm(400, 1600),
      dropped(450, 300),
    ];
    expect(violationsOf(trace)).toEqual([]);
  });

  it('catch a watermark that goes back within an attempt, and allow it after a restore', () => {
    expect(violationsOf([wm(100, 500), wm(200, 400)])[0]).toMatch(/watermark went from 500 to 400/);
    const restored: TraceEvent = { ...at(300), type: 'job.restored', checkpoint: 0 };
    const failed: TraceEvent = { ...at(150), type: 'job.failed' };
    expect(violationsOf([wm(100, 500), failed, restored, wm(400, 400)])).toEqual([]);
  });

  it('catch an on-time firing the watermark did not reach, and a second one in one attempt', () => {
    expect(violationsOf([fired(100, 0, 'on-time'), wm(100, 900)])[0]).toMatch(/does not pass 999/);
    const twice = [fired(100, 0, 'on-time'), wm(100, 999), fired(200, 0, 'on-time'), wm(200, 1200)];
    expect(violationsOf(twice).join()).toMatch(/second on-time firing/);
  });

  it('catch a late firing past the allowed lateness and an early firing after the end', () => {
    expect(violationsOf([wm(100, 1499), fired(200, 0, 'late')])[0]).toMatch(
      /outside \[999, 1499\)/,
    );
    expect(violationsOf([wm(100, 999), fired(200, 0, 'early')])[0]).toMatch(/already closed/);
  });

  it('catch a record dropped before its lateness horizon', () => {
    expect(violationsOf([wm(100, 1200), dropped(150, 300)])[0]).toMatch(/before its horizon 1499/);
  });

  it('catch a result while the job is failed', () => {
    const failed: TraceEvent = { ...at(50), type: 'job.failed' };
    expect(violationsOf([failed, fired(100, 0, 'early')])[0]).toMatch(/while failed/);
  });

  it('catch a checkpoint that completes without starting, or twice', () => {
    const started: TraceEvent = { ...at(100), type: 'checkpoint.started', checkpoint: 1 };
    const done: TraceEvent = {
      ...at(150),
      type: 'checkpoint.completed',
      checkpoint: 1,
      durationMs: 50,
    };
    expect(violationsOf([started, done])).toEqual([]);
    expect(violationsOf([done])[0]).toMatch(/completed checkpoint 1/);
    expect(violationsOf([started, done, done]).length).toBe(1);
  });

  it('catch a suppressed Kafka Streams result that comes twice', () => {
    const ks: StreamJobSpec = {
      ...JOB,
      semantics: 'kafka-streams',
      emit: 'on-window-close',
      window: { ...JOB.window, allowedLatenessMs: 0 },
    };
    expect(violationsOf([fired(100, 0, 'on-time')], ks)).toEqual([]);
    expect(violationsOf([fired(100, 0, 'on-time'), fired(200, 0, 'on-time')], ks)[0]).toMatch(
      /came twice/,
    );
  });
});

/** Runs `scenario` to its end with every job event fed to fresh job checks. */
function runChecked(scenario: ScenarioFile): {
  checks: JobChecks;
  view: WorldView;
  found: string[];
} {
  const sim = createSimulation(scenario);
  sim.runUntil(scenario.durationMs);
  const checks = createJobChecks(scenario);
  const found: string[] = [];
  for (const e of sim.trace())
    observeJobEvent(checks, e, (ok, message) => ok || found.push(message));
  return { checks, view: sim.getState(), found };
}

describe('the stream-job view checkers and the failure-free comparison', () => {
  const failing = scenarioWith(JOB, 4_321);
  const { checks, view, found } = runChecked(failing);
  const collect = (run: (expect: (ok: boolean, message: string) => void) => void): string[] => {
    const out: string[] = [];
    run((ok, message) => ok || out.push(message));
    return out;
  };

  it('accept a real run with a failure, and count the comparison', () => {
    expect(found).toEqual([]);
    expect(collect((e) => checkJobViews(checks, view, new Set(), e))).toEqual([]);
    expect(collect((e) => checkJobLiveness(checks, view, 10_000, new Set(), e))).toEqual([]);
    expect(collect((e) => compareWithFailureFree(checks, failing, view, e))).toEqual([]);
    expect(checks.jobs.get('j1')!.comparison).toBe('compared');
    expect(checks.counts['job: transactional sink output equals the failure-free run']).toBe(1);
  });

  it('catch a closed window that never fired', () => {
    const tampered = createJobChecks(failing);
    const j = tampered.jobs.get('j1')!;
    for (const pane of checks.jobs.get('j1')!.fired)
      if (!pane.startsWith('k1|3000|')) j.fired.add(pane);
    expect(collect((e) => checkJobLiveness(tampered, view, 10_000, new Set(), e))[0]).toMatch(
      /never fired key k1 window \[3000, 4000\)/,
    );
  });

  it('catch a watermark ahead of a partition and a read past the high watermark', () => {
    const job = view.streamJobs[0]!;
    const ahead = {
      ...view,
      streamJobs: [{ ...job, watermarkMs: (job.watermarkMs ?? 0) + 10_000 }],
    };
    const fresh = createJobChecks(failing);
    fresh.jobs.get('j1')!.watermarkMs = ahead.streamJobs[0]!.watermarkMs;
    expect(collect((e) => checkJobViews(fresh, ahead, new Set(), e))[0]).toMatch(
      /is ahead of orders-/,
    );
    const partitions = job.partitions.map((p) => ({ ...p, position: p.position + 1 }));
    const past = { ...view, streamJobs: [{ ...job, partitions }] };
    expect(collect((e) => checkJobViews(checks, past, new Set(), e))[0]).toMatch(
      /past the high watermark/,
    );
  });

  it('catch a transactional sink that committed a result twice', () => {
    const job = view.streamJobs[0]!;
    const twice = {
      ...view,
      streamJobs: [{ ...job, sinkOutput: [...job.sinkOutput, job.sinkOutput[0]!] }],
    };
    expect(collect((e) => compareWithFailureFree(checks, failing, twice, e))[0]).toMatch(
      /committed \d+ results, the failure-free run \d+/,
    );
  });
});
