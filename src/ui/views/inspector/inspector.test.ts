import { describe, expect, test } from 'vitest';
import { replicatedScenario } from '../../testing/replicatedScenario.ts';
import { SAMPLE_WORLD } from '../../testing/sampleWorld.ts';
import { entityConfig } from './entityConfig.ts';
import { entityLiveState } from './entityLiveState.ts';

const scenario = replicatedScenario();
const byName = (rows: readonly { name: string; value: string }[]) =>
  Object.fromEntries(rows.map((row) => [row.name, row.value]));

describe('entityConfig', () => {
  test('describes a consumer with its group and its own Kafka properties', () => {
    const rows = byName(entityConfig(scenario, { kind: 'consumer', id: 'c1' }));
    expect(rows['session.timeout.ms']).toBe('10000');
    expect(rows['max.poll.records']).toBe('20');
    expect(rows['auto.offset.reset']).toBe('earliest');
    expect(rows['enable.auto.commit']).toBe('false');
    expect(rows['partition.assignment.strategy']).toBe('range (RangeAssignor)');
    expect(rows['group.instance.id']).toBe('null (dynamic member)');
  });

  test('describes a partition by its topic, marking defaults', () => {
    const rows = entityConfig(scenario, { kind: 'partition', id: 'orders-2' });
    expect(byName(rows)['replication.factor']).toBe('3');
    expect(byName(rows)['min.insync.replicas']).toBe('2');
    const unclean = rows.find((row) => row.name === 'unclean.leader.election.enable');
    expect(unclean).toMatchObject({ value: 'false', isDefault: true, source: 'kafka' });
  });

  test('describes a producer and knows nothing of unknown ids', () => {
    const rows = byName(entityConfig(scenario, { kind: 'producer', id: 'p1' }));
    expect(rows['acks']).toBe('all');
    expect(rows['enable.idempotence']).toBe('true');
    expect(rows['batch.size (records here)']).toBe('8 records');
    expect(entityConfig(scenario, { kind: 'producer', id: 'nope' })).toEqual([]);
  });
});

describe('entityLiveState', () => {
  test('reads a partition’s leader, watermarks, replicas and group lag', () => {
    const rows = byName(entityLiveState(SAMPLE_WORLD, { kind: 'partition', id: 'orders-0' }) ?? []);
    expect(rows['leader']).toBe('b1');
    expect(rows['high watermark']).toBe('6 (consumers read below it)');
    expect(rows['replica on b1']).toBe('log end 6 · leader · in sync · up');
    expect(rows['group g1']).toBe('committed 3 · lag 3 · owner c1');
  });

  test('reads a consumer’s status, assignment and positions', () => {
    const rows = byName(entityLiveState(SAMPLE_WORLD, { kind: 'consumer', id: 'c2' }) ?? []);
    expect(rows['status']).toBe('active');
    expect(rows['assigned partitions']).toBe('orders-1');
    expect(rows['positions (next offset to fetch)']).toBe('orders-1 @30');
    expect(entityLiveState(SAMPLE_WORLD, { kind: 'consumer', id: 'zz' })).toBeNull();
  });
});
