import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  type ConsumerSpec,
  type Intervention,
  type ScenarioModel,
} from '../../../src/engine/index.ts';
import { buildScenario } from '../../support/scenarios.ts';
import { deliveryCounts, eventsOf } from '../../support/traceQueries.ts';

type Timed = Intervention & { atMs: number };

/** One partition, a record every 50 ms, one or two consumers; faults are added to the model. */
function world(
  interventions: Timed[],
  opts: { consumerExtras?: Partial<ConsumerSpec>; commit?: string } = {},
): ScenarioModel {
  const base = buildScenario({
    partitions: 1,
    durationMs: 40_000,
    producers: [
      {
        id: 'p1',
        topic: 'orders',
        rate: { kind: 'constant', intervalMs: 50 },
        keys: { kind: 'uniform', count: 4 },
        lingerMs: 0,
        stopAtMs: 20_000,
      },
    ],
    group: { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 1_000, initialRebalanceDelayMs: 0 },
    members: [
      {
        id: 'c1',
        commit: { mode: opts.commit ?? 'after-processing' },
        processingMsPerRecord: 5,
        maxPollRecords: 10,
      },
    ],
  });
  const dlq = { name: 'orders.dlq', partitions: 1 };
  // Settings the file format does not take yet are applied to the parsed model.
  const group = base.topology.consumerGroups[0]!;
  const members = [{ ...group.members[0]!, ...opts.consumerExtras }];
  return {
    ...base,
    topology: {
      ...base.topology,
      topics: [...base.topology.topics, dlq],
      consumerGroups: [{ ...group, members }],
    },
    interventions: interventions,
  };
}

function run(scenario: ScenarioModel) {
  const sim = createSimulation(scenario, { checkInvariantsEveryStep: true });
  sim.runUntil(scenario.durationMs);
  return sim;
}

describe('delivery semantics under a consumer crash', () => {
  it('commit-after-processing with a crash before the commit processes records twice (at-least-once)', () => {
    const sim = run(
      world([
        { atMs: 5_000, type: 'consumer.crash', target: 'c1', moment: 'before-commit' },
        { atMs: 7_000, type: 'consumer.restart', target: 'c1' },
      ]),
    );
    const counts = [...deliveryCounts(sim.trace()).values()];
    expect(counts.filter((n) => n === 0).length).toBe(0);
    expect(counts.filter((n) => n > 1).length).toBeGreaterThan(0);
  });

  it('commit-before-processing with a crash after the commit never processes some records (at-most-once)', () => {
    const sim = run(
      world(
        [
          { atMs: 5_000, type: 'consumer.crash', target: 'c1', moment: 'after-commit' },
          { atMs: 7_000, type: 'consumer.restart', target: 'c1' },
        ],
        { commit: 'before-processing' },
      ),
    );
    const counts = [...deliveryCounts(sim.trace()).values()];
    expect(counts.filter((n) => n === 0).length).toBeGreaterThan(0);
    expect(counts.filter((n) => n > 1).length).toBe(0);
  });

  it('restarts keep committed offsets and lose in-memory positions', () => {
    const sim = run(
      world([
        { atMs: 5_000, type: 'consumer.crash', target: 'c1' },
        { atMs: 12_000, type: 'consumer.restart', target: 'c1' },
      ]),
    );
    const committedBefore = eventsOf(sim.trace(), 'offset.committed')
      .filter((c) => c.atMs < 5_000)
      .at(-1)!.offset;
    const firstFetchAfter = eventsOf(sim.trace(), 'consumer.fetched').find((f) => f.atMs > 12_000)!;
    expect(firstFetchAfter.fromOffset).toBe(committedBefore);
  });
});

describe('node faults', () => {
  it('a consumer pause longer than the session timeout gets it removed, and it rejoins as a new member', () => {
    const sim = run(world([{ atMs: 5_000, type: 'node.pause', target: 'c1', durationMs: 10_000 }]));
    const removed = eventsOf(sim.trace(), 'group.member.removed');
    expect(removed[0]?.reason).toBe('session timeout');
    // Nothing happens in the consumer while it is paused.
    const during = eventsOf(sim.trace(), 'consumer.fetched').filter(
      (f) => f.atMs > 5_000 && f.atMs < 15_000,
    );
    expect(during).toEqual([]);
    const joined = eventsOf(sim.trace(), 'group.member.joined').map((j) => j.member);
    expect(joined).toEqual(['c1-1', 'c1-2']);
    expect(Object.values(sim.getState().groups[0]!.lag)).toEqual([0]);
  });

  it('a slow consumer falls behind and lag grows', () => {
    const fast = run(world([]));
    const slow = run(world([{ atMs: 2_000, type: 'node.slow', target: 'c1', factor: 20 }]));
    const lagAt = (sim: ReturnType<typeof run>, t: number) => {
      sim.seek(t);
      return sim.getState().groups[0]!.lag['orders-0']!;
    };
    expect(lagAt(slow, 15_000)).toBeGreaterThan(lagAt(fast, 15_000) + 50);
  });

  it('a network partition between producer and leader turns sends into timeouts and retries', () => {
    const sim = run(
      world([
        { atMs: 3_000, type: 'network.partition', target: 'p1', peer: 'b1' },
        { atMs: 8_000, type: 'network.heal', target: 'p1', peer: 'b1' },
      ]),
    );
    const failed = eventsOf(sim.trace(), 'batch.failed');
    expect(failed.some((f) => f.reason === 'REQUEST_TIMED_OUT')).toBe(true);
    const appendedDuring = eventsOf(sim.trace(), 'record.appended').filter(
      (r) => r.atMs > 3_100 && r.atMs < 8_000,
    );
    expect(appendedDuring).toEqual([]);
  });

  it('with acks=0 a partitioned network loses records the producer counts as acknowledged', () => {
    const base = world([
      { atMs: 3_000, type: 'network.partition', target: 'p1', peer: 'b1' },
      { atMs: 8_000, type: 'network.heal', target: 'p1', peer: 'b1' },
    ]);
    const producer = { ...base.topology.producers[0]!, acks: '0' as const };
    const sim = run({ ...base, topology: { ...base.topology, producers: [producer] } });
    const trace = sim.trace();
    const during = (e: { atMs: number }) => e.atMs > 3_100 && e.atMs < 8_000;
    const ackedDuring = eventsOf(trace, 'batch.acked').filter(during);
    // Fire and forget: every send is acknowledged at once, with no offset, and nothing lands.
    expect(ackedDuring.length).toBeGreaterThan(10);
    expect(ackedDuring.every((a) => a.baseOffset === -1)).toBe(true);
    expect(eventsOf(trace, 'record.appended').filter(during)).toEqual([]);
    expect(eventsOf(trace, 'batch.failed')).toEqual([]);
    const p1 = sim.getState().producers[0]!;
    expect(p1.ackedCount).toBe(p1.sentCount);
  });

  it('delayed acks past request.timeout.ms make the producer retry, duplicating records without idempotence', () => {
    const base = world([
      { atMs: 3_000, type: 'broker.delayAcks', target: 'b1', delayMs: 1_500 },
      { atMs: 4_000, type: 'broker.delayAcks', target: 'b1', delayMs: 0 },
    ]);
    const producer = {
      ...base.topology.producers[0]!,
      requestTimeoutMs: 1_000,
      idempotence: false,
      acks: 'all' as const,
    };
    const sim = run({ ...base, topology: { ...base.topology, producers: [producer] } });
    expect(
      eventsOf(sim.trace(), 'batch.failed').some((f) => f.reason === 'REQUEST_TIMED_OUT'),
    ).toBe(true);
    const values = eventsOf(sim.trace(), 'record.appended').map((r) => r.value);
    expect(values.length - new Set(values).size).toBeGreaterThan(0);
  });

  it('a producer crash loses the records still in its batches', () => {
    const base = world([{ atMs: 3_000, type: 'producer.crash', target: 'p1' }]);
    const lingering = {
      ...base,
      topology: {
        ...base.topology,
        producers: [{ ...base.topology.producers[0]!, lingerMs: 500, batchSizeRecords: 100 }],
      },
    };
    const sim = run(lingering);
    const crash = eventsOf(sim.trace(), 'producer.crashed')[0]!;
    expect(crash.lostRecords).toBeGreaterThan(0);
    expect(eventsOf(sim.trace(), 'record.appended').every((r) => r.atMs < 3_100)).toBe(true);
  });
});

describe('poison records', () => {
  const poisoned = (onPoison: ConsumerSpec['onPoison']): ScenarioModel =>
    world([{ atMs: 2_000, type: 'producer.poison', target: 'p1' }], {
      consumerExtras: {
        ...(onPoison ? { onPoison } : {}),
        deadLetterTopic: 'orders.dlq',
        poisonRetryBackoffMs: 500,
      },
    });

  it('retry-forever stalls the partition and lag grows', () => {
    const sim = run(poisoned('retry-forever'));
    const failures = eventsOf(sim.trace(), 'consumer.processing.failed');
    expect(failures.length).toBeGreaterThan(20);
    expect(new Set(failures.map((f) => f.offset)).size).toBe(1);
    expect(sim.getState().groups[0]!.lag['orders-0']).toBeGreaterThan(300);
  });

  it('skip moves on, and the poison record is never processed', () => {
    const sim = run(poisoned('skip'));
    const failure = eventsOf(sim.trace(), 'consumer.processing.failed')[0]!;
    expect(failure.action).toBe('skip');
    expect(deliveryCounts(sim.trace()).get(`orders-0@${failure.offset}`)).toBe(0);
    expect(sim.getState().groups[0]!.lag['orders-0']).toBe(0);
  });

  it('dead-letter copies the record to the DLQ topic and moves on', () => {
    const sim = run(poisoned('dead-letter'));
    const dl = eventsOf(sim.trace(), 'consumer.record.deadLettered')[0]!;
    expect(dl.deadLetterPartition).toBe('orders.dlq-0');
    const dlqRecord = sim.getState().partitions.find((p) => p.id === 'orders.dlq-0')!.records[0]!;
    expect(dlqRecord.headers?.['dlq.source']).toBe(`orders-0@${dl.offset}`);
    expect(sim.getState().groups[0]!.lag['orders-0']).toBe(0);
  });
});
