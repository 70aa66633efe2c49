import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioError } from './index.ts';
import { minimalScenario } from './testScenarios.ts';

function errorsWith(topology: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const scenario = minimalScenario();
  const merged = {
    ...scenario,
    ...extra,
    topology: { ...(scenario['topology'] as object), ...topology },
  };
  const result = parseScenario(merged);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return new Map<string, ScenarioError>(result.errors.map((e) => [e.path, e]));
}

describe('cross-reference checks', () => {
  it('finds repeated topic names, module ids and static member ids', () => {
    const errors = errorsWith(
      {
        topics: [
          { name: 'orders', partitions: 1 },
          { name: 'orders', partitions: 2 },
        ],
        consumerGroups: [
          {
            id: 'g1',
            topics: ['orders'],
            members: [
              { id: 'c1', groupInstanceId: 's' },
              { id: 'c2', groupInstanceId: 's' },
            ],
          },
        ],
      },
      { modules: ['M01', 'M01'] },
    );
    expect(errors.get('$.topology.topics[1].name')?.message).toBe(
      'repeats the name of an earlier topic',
    );
    expect(errors.get('$.modules[1]')?.message).toBe('repeats a module id');
    expect(errors.get('$.topology.consumerGroups[0].members[1].groupInstanceId')?.found).toBe(
      '"s"',
    );
  });

  it('names the producer topic that does not exist and the ones that do', () => {
    const producers = [{ id: 'p1', topic: 'payments', rate: { kind: 'constant', intervalMs: 10 } }];
    expect(errorsWith({ producers }).get('$.topology.producers[0].topic')).toMatchObject({
      found: '"payments"',
      allowed: 'one of the topics: orders',
    });
  });

  it('refuses a seek into a topic the consumer group does not read', () => {
    const topics = [
      { name: 'orders', partitions: 3 },
      { name: 'audit', partitions: 1 },
    ];
    const interventions = [
      { atMs: 1, type: 'consumer.seek', target: 'c1', partition: 'audit-0', toBeginning: true },
      { atMs: 2, type: 'consumer.seek', target: 'c1', partition: 'orders-x', toBeginning: true },
      { atMs: 3, type: 'consumer.join', target: 'g1' },
    ];
    const errors = errorsWith({ topics }, { interventions });
    expect(errors.get('$.interventions[0].partition')?.message).toBe(
      "is in a topic the consumer's group does not read",
    );
    expect(errors.get('$.interventions[1].partition')?.message).toBe('names no partition');
    expect(errors.get('$.interventions[2].target')?.message).toBe(
      'names a consumer group, but consumer.join needs a consumer',
    );
  });

  it('refuses a stop before the start and a scripted record after the end', () => {
    const producers = [
      {
        id: 'p1',
        topic: 'orders',
        startAtMs: 500,
        stopAtMs: 100,
        rate: { kind: 'scripted', records: [{ atMs: 10_001, value: 'late' }] },
      },
    ];
    const errors = errorsWith({ producers });
    expect(errors.get('$.topology.producers[0].stopAtMs')?.message).toBe('is before startAtMs');
    expect(errors.get('$.topology.producers[0].rate.records[0].atMs')?.allowed).toBe(
      'a time from 0 to durationMs (10000)',
    );
  });
});
