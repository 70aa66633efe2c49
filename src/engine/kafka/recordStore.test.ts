import { describe, expect, it } from 'vitest';
import type { LogRecord } from '../view/worldView.ts';
import { createRecordStore, freeRecordsBefore, putRecord, storedRecord, storeEnd, truncateRecordStore } from './recordStore.ts';

function record(offset: number): LogRecord {
  return { atMs: offset, type: 'record.appended', partition: 'orders-0', offset, key: null, value: String(offset), producer: 'p1', eventTimeMs: offset, producedAtMs: offset };
}

describe('record store', () => {
  it('frees a prefix without changing the store index of the rest', () => {
    const store = createRecordStore();
    for (let i = 0; i < 10; i++) putRecord(store, i, record(i));
    expect(freeRecordsBefore(store, 6)).toBe(6);
    expect(store.entries).toHaveLength(4);
    expect(storedRecord(store, 5)).toBeUndefined();
    expect(storedRecord(store, 6)?.offset).toBe(6);
    expect(storeEnd(store)).toBe(10);
    putRecord(store, 10, record(10));
    expect(storedRecord(store, 10)?.offset).toBe(10);
    expect(freeRecordsBefore(store, 3)).toBe(0);
  });

  it('refuses writes below the freed part or past the end, and truncates by store index', () => {
    const store = createRecordStore();
    for (let i = 0; i < 4; i++) putRecord(store, i, record(i));
    freeRecordsBefore(store, 2);
    expect(() => putRecord(store, 1, record(1))).toThrow('record store write at 1 outside [2, 4]');
    expect(() => putRecord(store, 6, record(6))).toThrow('outside [2, 4]');
    truncateRecordStore(store, 3);
    expect(storeEnd(store)).toBe(3);
  });
});
