import { describe, expect, test } from 'vitest';
import type { TraceEvent } from '../../engine/index.ts';
import { describeTraceEvents } from './describeTraceEvent.ts';

describe('describeTraceEvents', () => {
  test('describes significant events only, the last three of a burst', () => {
    const crash: TraceEvent = { atMs: 5, type: 'broker.crashed', broker: 'b1' };
    const append: TraceEvent = {
      atMs: 5,
      type: 'record.appended',
      partition: 'orders-0',
      offset: 0,
      key: null,
      value: 'v',
      producer: 'p1',
      eventTimeMs: 5,
      producedAtMs: 5,
    };
    expect(describeTraceEvents([append])).toBeNull();
    expect(describeTraceEvents([append, crash])).toBe('Broker b1 crashed.');
    expect(describeTraceEvents([crash, crash, crash, crash, crash])).toBe(
      '2 earlier events, then: Broker b1 crashed. Broker b1 crashed. Broker b1 crashed.',
    );
  });

  test('announces a topic that grew and a command the engine refused', () => {
    expect(
      describeTraceEvents([
        { atMs: 9, type: 'topic.partitions.increased', topic: 'orders', from: 2, to: 4 },
        {
          atMs: 9,
          type: 'intervention.rejected',
          command: 'producer.lateRecord',
          target: 'p1',
          reason: 'producer p1 has crashed',
        },
      ]),
    ).toBe('Topic orders grew from 2 to 4 partitions. Not done: producer p1 has crashed.');
  });
});
