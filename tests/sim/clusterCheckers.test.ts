// Tests of the sweep's cluster checkers (clusterChecks.ts and their use in traceChecks.ts and
// viewChecks.ts): each must catch the violation it exists for, planted in a trace or a view, and
// must let through what Kafka allows, or a clean sweep would prove nothing.

import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  type LogRecord,
  type PartitionView,
  type Simulation,
  type TraceEvent,
  type WorldView,
} from '../../src/engine/index.ts';
import {
  formatScenarioErrors,
  parseScenario,
  type ScenarioFile,
} from '../../src/scenario/index.ts';
import { checkAckedKept, checkClusterLiveness } from './clusterChecks.ts';
import { checkNewTraceEvents, createTraceCheckState, type TraceCheckState } from './traceChecks.ts';
import { checkNothingSkipped, checkViewSafety } from './viewChecks.ts';

/** Three brokers; `orders` has RF 3 and min.insync.replicas 2; p1 uses acks=all. */
function clusterScenario(overrides: Record<string, unknown> = {}): ScenarioFile {
  const parsed = parseScenario({
    schemaVersion: 1,
    id: 'cluster-checkers',
    title: 'Cluster checkers',
    summary: 'Planted violations.',
    modules: ['M15'],
    seed: 1,
    durationMs: 10_000,
    topology: {
      brokers: [{ id: 'b1' }, { id: 'b2' }, { id: 'b3' }],
      topics: [{ name: 'orders', partitions: 1, replicationFactor: 3, minInsyncReplicas: 2 }],
      producers: [
        { id: 'p1', topic: 'orders', rate: { kind: 'constant', intervalMs: 10 }, acks: 'all' },
      ],
      consumerGroups: [
        {
          id: 'g1',
          topics: ['orders'],
          members: [
            { id: 'c1', joinAtMs: 0, commit: { mode: 'after-processing' }, onPoison: 'skip' },
          ],
        },
      ],
    },
    interventions: [],
    ...overrides,
  });
  if (!parsed.ok) throw new Error(formatScenarioErrors(parsed.errors));
  return parsed.scenario;
}

const scenario = clusterScenario();

function fakeSim(trace: TraceEvent[]): Simulation {
  return {
    traceLength: () => trace.length,
    traceSlice: (from: number, to: number) => trace.slice(from, to),
  } as unknown as Simulation;
}

function appended(offset: number, value = `v${offset}`, atMs = offset): LogRecord {
  return {
    atMs,
    type: 'record.appended',
    partition: 'orders-0',
    offset,
    key: null,
    value,
    producer: 'p1',
    eventTimeMs: 0,
    producedAtMs: 0,
  };
}

function acked(baseOffset: number, count: number): TraceEvent {
  return {
    atMs: 50,
    type: 'batch.acked',
    producer: 'p1',
    partition: 'orders-0',
    baseOffset,
    count,
  };
}

function elected(leader: string, unclean: boolean, logEndOffset: number, atMs = 60): TraceEvent {
  const e = { atMs, partition: 'orders-0', leader, leaderEpoch: 1, unclean, logEndOffset };
  return { ...e, type: 'partition.leader.elected' };
}

function partition(records: number, overrides: Partial<PartitionView> = {}): PartitionView {
  const log = Array.from({ length: records }, (_, o) => appended(o));
  const replica = (broker: string) => ({
    broker,
    logEndOffset: records,
    inSync: true,
    isLeader: broker === 'b1',
    brokerUp: true,
  });
  return {
    id: 'orders-0',
    topic: 'orders',
    partition: 0,
    leader: 'b1',
    leaderEpoch: 0,
    logStartOffset: 0,
    highWatermark: records,
    isr: ['b1', 'b2', 'b3'],
    replicas: ['b1', 'b2', 'b3'].map(replica),
    logEndOffset: records,
    records: log,
    ...overrides,
  };
}

function view(p: PartitionView, nowMs = 100): WorldView {
  return {
    nowMs,
    partitions: [p],
    groups: [],
    consumers: [],
    streamJobs: [],
  } as unknown as WorldView;
}

function traced(trace: TraceEvent[]): TraceCheckState {
  const initial = view(partition(0), 0);
  const state = createTraceCheckState(scenario, initial);
  checkNewTraceEvents(state, fakeSim(trace));
  return state;
}

function ackedLoss(state: TraceCheckState, final: WorldView): string[] {
  const problems: string[] = [];
  checkAckedKept(state.cluster, final, (ok, message) => {
    if (!ok) problems.push(message);
  });
  return problems;
}

describe('the acknowledged-loss checker (acks=all, min.insync.replicas 2, RF 3)', () => {
  it('catches an acknowledged record missing from the final leader log', () => {
    const state = traced([appended(0), appended(1), acked(0, 2)]);
    const final = partition(2, { records: [appended(0), appended(1, 'other')] });
    expect(ackedLoss(state, view(final))).toEqual([
      'orders-0 lost 1 of 2 records acknowledged under acks=all (first: p1/v1)',
    ]);
  });

  it('accepts a log that keeps them, and excuses a partition that had an unclean election', () => {
    expect(ackedLoss(traced([appended(0), acked(0, 1)]), view(partition(1)))).toEqual([]);
    const unclean = traced([appended(0), acked(0, 1), elected('b2', true, 0)]);
    expect(ackedLoss(unclean, view(partition(0)))).toEqual([]);
  });
});

describe('the high watermark checker', () => {
  const fetched: TraceEvent = {
    atMs: 40,
    type: 'consumer.fetched',
    consumer: 'c1',
    partition: 'orders-0',
    fromOffset: 0,
    count: 3,
  };

  it('catches a high watermark below what a consumer already read', () => {
    const state = traced([appended(0), appended(1), appended(2), fetched]);
    checkViewSafety(state, view(partition(3, { highWatermark: 2 })));
    expect(state.violations).toEqual([
      'at 100 ms, state: orders-0 high watermark 2 is below 3, seen or read before, with no highWatermark.lowered',
    ]);
  });

  it('catches a fall between two checkpoints', () => {
    const state = traced([appended(0), appended(1), appended(2)]);
    checkViewSafety(state, view(partition(3)));
    checkViewSafety(state, view(partition(3, { highWatermark: 1 }), 200));
    expect(state.violations[0]).toMatch(/high watermark 1 is below 3/);
  });

  it('allows a fall at highWatermark.lowered right after an unclean election, and no other', () => {
    const lowered: TraceEvent = {
      atMs: 60,
      type: 'highWatermark.lowered',
      partition: 'orders-0',
      from: 3,
      to: 1,
    };
    const clean = [appended(0), appended(1), appended(2), fetched];
    const state = traced([...clean, elected('b2', true, 1), lowered]);
    checkViewSafety(state, view(partition(1)));
    expect(state.violations).toEqual([]);
    expect(traced([...clean, elected('b2', false, 1), lowered]).violations[0]).toMatch(
      /lowered from 3 to 1 without an unclean election/,
    );
  });

  it('catches an in-sync replica that holds less than the high watermark', () => {
    const p = partition(3);
    const short = { ...p.replicas[2]!, logEndOffset: 2 };
    const state = traced([appended(0), appended(1), appended(2)]);
    checkViewSafety(state, view({ ...p, replicas: [p.replicas[0]!, p.replicas[1]!, short] }));
    expect(state.violations).toEqual([
      'at 100 ms, state: orders-0 in-sync replica on b3 ends at 2, below the high watermark 3',
    ]);
  });
});

describe('the live-leader checker', () => {
  it('catches a record appended while the leader broker is down, and not after a failover', () => {
    const crashed: TraceEvent = { atMs: 0, type: 'broker.crashed', broker: 'b1' };
    expect(traced([crashed, appended(0)]).violations).toEqual([
      'at 0 ms, record.appended: orders-0 appended offset 0 while its leader b1 is down',
    ]);
    expect(traced([crashed, elected('b2', false, 0, 0), appended(0)]).violations).toEqual([]);
  });
});

describe('the cluster liveness checker', () => {
  function problems(p: PartitionView): string[] {
    const found: string[] = [];
    checkClusterLiveness(view(p), (ok, message) => {
      if (!ok) found.push(message);
    });
    return found;
  }

  it('catches a partition with no leader, a short ISR or a high watermark behind its log end', () => {
    expect(problems(partition(2))).toEqual([]);
    expect(problems(partition(2, { leader: null }))).toEqual([
      'liveness: orders-0 ends with no leader',
    ]);
    expect(problems(partition(2, { isr: ['b1'] }))).toEqual([
      'liveness: orders-0 ends with ISR [b1] of 3 replicas',
    ]);
    expect(problems(partition(2, { highWatermark: 1 }))).toEqual([
      'liveness: orders-0 ends with high watermark 1 below its log end 2',
    ]);
  });

  it('leaves alone a partition with a broker still down', () => {
    const p = partition(2, { leader: null });
    const down = p.replicas.map((r, i) => (i === 0 ? { ...r, brokerUp: false } : r));
    expect(problems({ ...p, replicas: down })).toEqual([]);
  });
});

describe('the no-skip checker under cluster faults', () => {
  const processed = (fromOffset: number, count: number): TraceEvent => ({
    atMs: 50,
    type: 'consumer.processed',
    consumer: 'c1',
    partition: 'orders-0',
    fromOffset,
    count,
  });
  const commit: TraceEvent = {
    atMs: 70,
    type: 'offset.committed',
    group: 'g1',
    consumer: 'c1',
    partition: 'orders-0',
    offset: 3,
  };

  it('counts a skipped poison record as dealt with', () => {
    const skipped: TraceEvent = {
      atMs: 55,
      type: 'consumer.processing.failed',
      consumer: 'c1',
      partition: 'orders-0',
      offset: 1,
      attempt: 1,
      action: 'skip',
    };
    const trace = [appended(0), appended(1), appended(2), processed(0, 1), processed(2, 1)];
    const state = traced([...trace, skipped, commit]);
    checkNothingSkipped(state, view(partition(3)), scenario);
    expect(state.violations).toEqual([]);
    const unhandled = traced([...trace, commit]);
    checkNothingSkipped(unhandled, view(partition(3)), scenario);
    expect(unhandled.violations[0]).toMatch(/offset 1 was never processed/);
  });

  it('leaves alone a partition an unclean election cut, where commits may move back', () => {
    const trace = [appended(0), appended(1), appended(2), processed(2, 1), commit];
    const cut = { ...commit, atMs: 90, offset: 1 };
    const state = traced([...trace, elected('b2', true, 1, 80), cut]);
    checkNothingSkipped(state, view(partition(3)), scenario);
    expect(state.violations).toEqual([]);
  });
});

/**
 * One record, acked after a failover, then a second leader crash while the third replica (in the
 * ISR, paused) has not fetched it. Kafka would not have acknowledged it: the retried batch is a
 * duplicate at the new leader, whose high watermark does not cover it.
 */
function failoverScenario(): ScenarioFile {
  const base = clusterScenario();
  return clusterScenario({
    durationMs: 20_000,
    topology: {
      brokerSessionTimeoutMs: 1000,
      brokers: base.topology.brokers,
      topics: base.topology.topics,
      producers: [
        {
          id: 'p1',
          topic: 'orders',
          rate: { kind: 'scripted', records: [{ atMs: 3000, key: 'k', value: 'A' }] },
          acks: 'all',
          requestTimeoutMs: 500,
          retries: 10,
          lingerMs: 0,
        },
      ],
      consumerGroups: [],
    },
    interventions: [
      { atMs: 2000, type: 'node.pause', target: 'b3', durationMs: 10_000 },
      { atMs: 3100, type: 'broker.crash', target: 'b1' },
      { atMs: 5000, type: 'broker.crash', target: 'b2' },
      { atMs: 12_000, type: 'broker.restart', target: 'b1' },
      { atMs: 12_000, type: 'broker.restart', target: 'b2' },
    ],
  });
}

describe('the acknowledged-loss checker on a real run', () => {
  it('agrees with a direct count of acknowledged values missing from the final log', () => {
    const world = failoverScenario();
    const sim = createSimulation(world);
    const state = createTraceCheckState(world, sim.getState());
    sim.runUntil(world.durationMs);
    checkNewTraceEvents(state, sim);
    const trace = sim.trace();
    const ackedValues = trace.flatMap((a) => {
      if (a.type !== 'batch.acked' || a.baseOffset < 0) return [];
      const at = trace.filter(
        (r) => r.type === 'record.appended' && r.offset === a.baseOffset && r.atMs <= a.atMs,
      );
      const last = at.at(-1);
      return last?.type === 'record.appended' ? [last.value] : [];
    });
    const final = sim.getState().partitions[0]!;
    const kept = new Set(final.records.slice(0, final.logEndOffset).map((r) => r?.value));
    const lost = ackedValues.filter((v) => !kept.has(v));
    expect(ackedValues).toEqual(['A']);
    const problems = ackedLoss(state, sim.getState());
    expect(problems.length).toBe(lost.length > 0 ? 1 : 0);
  });
});
