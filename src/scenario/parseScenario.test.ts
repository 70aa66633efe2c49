import { describe, expect, it } from 'vitest';
import { formatScenarioErrors, parseScenario, type ScenarioError } from './index.ts';
import { fullScenario, minimalScenario } from './testScenarios.ts';

/** Parses a value that must fail and returns its errors, with the formatted text on failure. */
function errorsOf(input: unknown): ScenarioError[] {
  const result = parseScenario(input);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.errors;
}

function withTopology(patch: Record<string, unknown>): Record<string, unknown> {
  const scenario = minimalScenario();
  return { ...scenario, topology: { ...(scenario['topology'] as object), ...patch } };
}

describe('parseScenario', () => {
  it('accepts a minimal scenario and fills in Kafka defaults', () => {
    const result = parseScenario(minimalScenario());
    if (!result.ok) throw new Error(formatScenarioErrors(result.errors));
    const { topology, interventions } = result.scenario;
    expect(interventions).toEqual([]);
    expect(topology.brokers[0]).toEqual({ id: 'b1', networkDelayMs: 1, networkJitterMsMean: 0 });
    expect(topology).toMatchObject({
      brokerSessionTimeoutMs: 9000,
      logRetentionCheckIntervalMs: 300_000,
      logCleanerBackoffMs: 15_000,
    });
    // Size limits and retention.ms stay absent: no limit, and no log tasks in the engine.
    expect(topology.topics[0]).toEqual({
      name: 'orders',
      partitions: 3,
      replicationFactor: 1,
      minInsyncReplicas: 1,
      uncleanLeaderElection: false,
      replicaLagTimeMaxMs: 30_000,
      cleanupPolicy: 'delete',
      segmentMs: 604_800_000,
      deleteRetentionMs: 86_400_000,
    });
    expect(topology.producers[0]).toEqual({
      id: 'p1',
      topic: 'orders',
      rate: { kind: 'constant', intervalMs: 100 },
      keys: { kind: 'null' },
      partitioner: 'default',
      lingerMs: 5,
      batchSizeRecords: 16,
      retries: 5,
      retryBackoffMs: 100,
      acks: 'all',
      requestTimeoutMs: 30_000,
      startAtMs: 0,
    });
    const group = topology.consumerGroups[0];
    expect(group).toMatchObject({
      assignor: 'range',
      sessionTimeoutMs: 45_000,
      heartbeatIntervalMs: 3000,
      maxPollIntervalMs: 300_000,
      initialRebalanceDelayMs: 3000,
    });
    expect(group?.members[0]).toEqual({
      id: 'c1',
      joinAtMs: 0,
      maxPollRecords: 500,
      fetchDelayMs: 1,
      processingMsPerRecord: 1,
      pollBackoffMs: 100,
      commit: { mode: 'auto', intervalMs: 5000 },
      autoOffsetReset: 'latest',
    });
  });

  it('accepts every kind of rate, key model, commit and intervention, and sorts by time stably', () => {
    const result = parseScenario(fullScenario());
    if (!result.ok) throw new Error(formatScenarioErrors(result.errors));
    expect(result.scenario).not.toHaveProperty('$schema');
    expect(result.scenario.interventions.map((i) => `${i.atMs} ${i.type}`)).toEqual([
      '1000 consumer.join',
      '2000 producer.stop',
      '3000 producer.start',
      '5000 consumer.crash',
      '5000 consumer.restart',
      '6000 consumer.seek',
      '6000 consumer.seek',
      '7000 consumer.leave',
    ]);
    const script = result.scenario.topology.producers[3]?.rate;
    expect(script?.kind === 'scripted' && script.records[1]?.key).toBeNull();
  });

  it('accepts fractional costs with up to three decimals and refuses a fourth', () => {
    for (const ok of [0.3, 0.7, 1.15, 2.22, 4.02, 20.29, 59_999.999]) {
      const scenario = withTopology({ brokers: [{ id: 'b1', networkDelayMs: ok }] });
      expect(parseScenario(scenario).ok, String(ok)).toBe(true);
    }
    const errors = errorsOf(withTopology({ brokers: [{ id: 'b1', networkDelayMs: 0.0005 }] }));
    expect(errors[0]).toMatchObject({
      path: '$.topology.brokers[0].networkDelayMs',
      message: 'has too many decimals',
    });
  });

  it('rejects a value that is not an object at the root', () => {
    expect(errorsOf(null)[0]).toMatchObject({
      path: '$',
      message: 'has the wrong type',
      found: 'null',
    });
    expect(errorsOf(undefined)[0]).toMatchObject({ path: '$', message: 'is missing' });
  });

  it('bounds the records all producers together are expected to create', () => {
    const producers = [
      { id: 'slow', topic: 'orders', rate: { kind: 'constant', intervalMs: 1000 } },
      { id: 'fast', topic: 'orders', rate: { kind: 'constant', intervalMs: 0.01 } },
    ];
    const scenario = { ...withTopology({ producers }), durationMs: 3_600_000 };
    const [error] = errorsOf(scenario);
    expect(error?.path).toBe('$.topology.producers[1].rate');
    expect(error?.message).toContain('producer "fast" alone creates about 360,000,000');
    expect(error?.allowed).toContain('at most 5,000,000 records');
  });

  it('checks timeouts, seek partitions and seek destinations against each other', () => {
    const scenario = {
      ...withTopology({
        consumerGroups: [
          { id: 'g1', topics: ['orders'], sessionTimeoutMs: 3000, members: [{ id: 'c1' }] },
        ],
      }),
      interventions: [
        { atMs: 10, type: 'consumer.seek', target: 'c1', partition: 'orders-3', toOffset: 0 },
        { atMs: 20, type: 'consumer.seek', target: 'c1' },
        { atMs: 20_000, type: 'producer.stop', target: 'c1' },
      ],
    };
    const byPath = new Map(errorsOf(scenario).map((e) => [e.path, e]));
    expect(byPath.get('$.topology.consumerGroups[0].heartbeatIntervalMs')?.message).toBe(
      'is not below sessionTimeoutMs',
    );
    expect(byPath.get('$.interventions[0].partition')).toMatchObject({
      message: 'is past the last partition of orders',
      allowed: '"<topic>-<n>" for a partition the group reads: orders-0 to orders-2',
    });
    expect(byPath.get('$.interventions[1]')?.allowed).toBe(
      'exactly one of toOffset, toTimestampMs or toBeginning: true',
    );
    expect(byPath.get('$.interventions[2].atMs')?.message).toBe('is after the end of the scenario');
    expect(byPath.get('$.interventions[2].target')).toMatchObject({
      message: 'names a consumer, but producer.stop needs a producer',
      allowed: 'one of the producers: p1',
    });
  });

  it('caps the number of errors it reports', () => {
    const records = Array.from({ length: 500 }, () => ({ atMs: -1, value: 1 }));
    const producers = [{ id: 'p1', topic: 'orders', rate: { kind: 'scripted', records } }];
    const errors = errorsOf(withTopology({ producers }));
    expect(errors).toHaveLength(101);
    expect(errors[100]?.message).toBe('has 900 more errors not listed');
  });

  it('never throws, even for an object whose getters throw', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(parseScenario(hostile)).toMatchObject({ ok: false, errors: [{ path: '$' }] });
  });
});

describe('formatScenarioErrors', () => {
  it('prints one line per error with what was found and what is allowed', () => {
    const text = formatScenarioErrors([
      { path: '$.a', message: 'is too large', found: '9', allowed: 'an integer from 1 to 2' },
      { path: '$', message: 'is not valid JSON' },
    ]);
    expect(text).toBe(
      '$.a: is too large (found 9; allowed an integer from 1 to 2)\n$: is not valid JSON',
    );
  });
});
