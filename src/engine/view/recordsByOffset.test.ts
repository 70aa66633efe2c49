import { describe, expect, it } from 'vitest';
import type { LogRecord } from './worldView.ts';
import { recordsByOffset } from './recordsByOffset.ts';

function record(offset: number): LogRecord {
  return {
    atMs: offset,
    type: 'record.appended',
    partition: 'orders-0',
    offset,
    key: `k${offset}`,
    value: `v${offset}`,
    producer: 'p1',
    eventTimeMs: offset,
    producedAtMs: offset,
  };
}

// Offsets 0..9 exist, the store holds 4..9 from store index 0 on: offset o is entry o - 4.
const held = [4, 5, 6, 7, 8, 9].map(record);
const view = recordsByOffset(4, 10, (o) => held[o - 4]);

describe('recordsByOffset', () => {
  it('reads entry o as offset o, and nothing below the first held offset or past the length', () => {
    expect(view.length).toBe(10);
    expect(view[7]).toBe(held[3]);
    expect(view[3]).toBeUndefined();
    expect(view[10]).toBeUndefined();
    expect(3 in view).toBe(false);
    expect(4 in view).toBe(true);
  });

  it('works with the array methods and JSON the views use', () => {
    expect(Array.isArray(view)).toBe(true);
    expect(view.slice(4, 10)).toEqual(held);
    expect(view.slice(2, 5)).toEqual([undefined, undefined, held[0]]);
    expect(Object.keys(view)).toEqual(['4', '5', '6', '7', '8', '9']);
    expect(JSON.parse(JSON.stringify(view))).toEqual([null, null, null, null, ...held]);
  });

  it('refuses writes', () => {
    const writable = view as (LogRecord | undefined)[];
    expect(() => {
      writable[5] = undefined;
    }).toThrow('read-only');
    expect(() => writable.push(record(10))).toThrow('read-only');
  });
});
