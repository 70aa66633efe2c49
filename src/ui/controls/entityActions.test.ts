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
});
