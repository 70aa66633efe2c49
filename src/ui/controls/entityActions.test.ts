import { describe, expect, test } from 'vitest';
import { SAMPLE_WORLD } from '../testing/sampleWorld.ts';
import { describeCommand, entityActions, parseEntityRef } from './entityActions.ts';

describe('entity references and actions', () => {
  test('reads data-entity values; kinds without actions give null', () => {
    expect(parseEntityRef('consumer:c1')).toEqual({ kind: 'consumer', id: 'c1' });
    expect(parseEntityRef('broker:b:1')).toEqual({ kind: 'broker', id: 'b:1' });
    expect(parseEntityRef('job:counts')).toEqual({ kind: 'job', id: 'counts' });
    for (const text of ['partition:orders-0', 'consumer:', ':c1', 'c1', '', null, undefined]) {
      expect(parseEntityRef(text)).toBeNull();
    }
  });

  test('offers only what exists, in words', () => {
    expect(entityActions({ kind: 'consumer', id: 'nobody' }, SAMPLE_WORLD, 3)).toEqual([]);
    const broker = entityActions({ kind: 'broker', id: 'b1' }, SAMPLE_WORLD, 4);
    expect(broker.map((action) => [action.label, action.enabled])).toEqual([
      ['Crash', true],
      ['Restart', false],
      ['Drop next 4 acks', true],
      ['Pause 2 s', true],
      ['Slow ×4', true],
      ['Full speed', true],
    ]);
    expect(entityActions({ kind: 'job', id: 'nobody' }, SAMPLE_WORLD, 3)).toEqual([]);
    expect(describeCommand({ type: 'consumer.crash', target: 'c1' })).toBe('crash consumer c1');
    expect(describeCommand({ type: 'broker.dropAcks', target: 'b2', count: 3 })).toBe(
      'drop the next 3 acks of broker b2',
    );
    expect(describeCommand({ type: 'node.pause', target: 'c1', durationMs: 1500 })).toBe(
      'pause c1 for 1500 ms',
    );
    expect(describeCommand({ type: 'node.slow', target: 'b1', factor: 1 })).toBe(
      'run b1 at full speed',
    );
    expect(describeCommand({ type: 'job.fail', target: 'counts' })).toBe(
      'fail a task of stream job counts',
    );
  });

  test('producers and topics have the data commands, described in words', () => {
    const producer = entityActions({ kind: 'producer', id: 'p1' }, SAMPLE_WORLD, 3);
    expect(producer.slice(-3).map((action) => [action.label, action.enabled])).toEqual([
      ['Late record −5 s', true],
      ['Clock skew +2 s', true],
      ['Hot key 80% for 5 s', true],
    ]);
    expect(parseEntityRef('topic:orders')).toEqual({ kind: 'topic', id: 'orders' });
    expect(entityActions({ kind: 'topic', id: 'nobody' }, SAMPLE_WORLD, 3)).toEqual([]);
    expect(describeCommand({ type: 'producer.clockSkew', target: 'p1', skewMs: -500 })).toBe(
      'set the clock of producer p1 500 ms behind',
    );
    expect(describeCommand({ type: 'producer.clockSkew', target: 'p1', skewMs: 0 })).toBe(
      'set the clock of producer p1 to true time',
    );
    expect(
      describeCommand({
        type: 'producer.hotKeyBurst',
        target: 'p1',
        key: 'k0',
        share: 0.25,
        durationMs: 900,
      }),
    ).toBe("give 25% of producer p1's records the key k0 for 900 ms");
    expect(
      describeCommand({
        type: 'producer.lateRecord',
        target: 'p1',
        key: null,
        value: 'v',
        eventTimeMs: 40,
      }),
    ).toBe('send a record with key null and event time 40 ms through producer p1');
    expect(
      describeCommand({ type: 'topic.alterPartitions', target: 'orders', partitions: 5 }),
    ).toBe('grow topic orders to 5 partitions');
  });
});
