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
});
