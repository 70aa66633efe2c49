import { describe, expect, it } from 'vitest';
import type { RecordDraft } from '../world/producerState.ts';
import { createStringTable, internString } from './stringTable.ts';
import {
  createRecordStore,
  freeRecordsBefore,
  putRecord,
  storedEventTimeMs,
  storedHeaders,
  storedKey,
  storedRecord,
  storeEnd,
  truncateRecordStore,
} from './recordStore.ts';

const strings = createStringTable([]);

function draft(i: number, extra: Partial<RecordDraft> = {}): RecordDraft {
  const key = extra.key === undefined ? `k${i}` : extra.key;
  return {
    key,
    keyId: key === null ? -1 : internString(strings, key),
    value: null,
    valueSeq: i,
    writerId: internString(strings, 'p1'),
    eventTimeMs: 100 + i,
    producedAtMs: 200 + i,
    headers: undefined,
    ...extra,
  };
}

function fill(n: number) {
  const store = createRecordStore('orders-0', strings);
  for (let i = 0; i < n; i++) putRecord(store, i, draft(i), 1000 + i, i);
  return store;
}

describe('record store', () => {
  it('builds each record from its columns, fields in the order of the record.appended event', () => {
    const store = fill(3);
    const record = storedRecord(store, 2)!;
    expect(record).toEqual({
      atMs: 1002,
      type: 'record.appended',
      partition: 'orders-0',
      offset: 2,
      key: 'k2',
      value: 'p1-2',
      producer: 'p1',
      eventTimeMs: 102,
      producedAtMs: 202,
    });
    expect(Object.keys(record)).toEqual([
      'atMs',
      'type',
      'partition',
      'offset',
      'key',
      'value',
      'producer',
      'eventTimeMs',
      'producedAtMs',
    ]);
    expect([storedKey(store, 1), storedEventTimeMs(store, 1), storedHeaders(store, 1)]).toEqual([
      'k1',
      101,
      undefined,
    ]);
  });

  it('keeps explicit values, tombstones and headers, with headers last', () => {
    const store = createRecordStore('orders-0', strings);
    putRecord(store, 0, draft(0, { value: 'hello', valueSeq: -1 }), 5, 0);
    putRecord(store, 1, draft(1, { value: null, valueSeq: -1, headers: { poison: 'true' } }), 6, 1);
    expect(storedRecord(store, 0)?.value).toBe('hello');
    const tombstone = storedRecord(store, 1)!;
    expect(tombstone.value).toBeNull();
    expect(tombstone.headers).toEqual({ poison: 'true' });
    expect(Object.keys(tombstone).at(-1)).toBe('headers');
  });

  it('keeps null keys, and forgets headers and values when an entry is written over', () => {
    const store = createRecordStore('orders-0', strings);
    const tagged = { key: null, headers: { a: '1' }, value: 'x', valueSeq: -1 };
    putRecord(store, 0, draft(0, tagged), 5, 0);
    putRecord(store, 1, draft(1, tagged), 6, 1);
    expect(storedRecord(store, 1)).toMatchObject({ key: null, value: 'x', headers: { a: '1' } });
    // An abandoned timeline's entry is written over by the replay, here with a plain record.
    putRecord(store, 1, draft(3), 7, 1);
    const again = storedRecord(store, 1)!;
    expect(again).toMatchObject({ key: 'k3', value: 'p1-3', producer: 'p1' });
    expect('headers' in again).toBe(false);
    expect(storedHeaders(store, 1)).toBeUndefined();
    expect(storedRecord(store, 0)?.headers).toEqual({ a: '1' });
  });

  it('grows past its first capacity without losing a record', () => {
    const store = fill(1000);
    expect(storedRecord(store, 0)?.offset).toBe(0);
    expect(storedRecord(store, 999)?.value).toBe('p1-999');
    expect(storedRecord(store, 1000)).toBeUndefined();
  });

  it('frees a prefix without changing the store index of the rest', () => {
    const store = fill(10);
    expect(freeRecordsBefore(store, 6)).toBe(6);
    expect(store.count).toBe(4);
    expect(storedRecord(store, 5)).toBeUndefined();
    expect(storedRecord(store, 6)?.offset).toBe(6);
    expect(storedRecord(store, 9)?.key).toBe('k9');
    expect(storeEnd(store)).toBe(10);
    putRecord(store, 10, draft(10), 1010, 10);
    expect(storedRecord(store, 10)?.offset).toBe(10);
    expect(freeRecordsBefore(store, 3)).toBe(0);
  });

  it('drops whole chunks as records are freed, keeping the rest', () => {
    const store = fill(5000);
    expect(store.chunks).toHaveLength(3);
    freeRecordsBefore(store, 4500);
    expect(store.chunks).toHaveLength(1);
    expect(storedRecord(store, 4499)).toBeUndefined();
    expect(storedRecord(store, 4500)?.eventTimeMs).toBe(100 + 4500);
    expect(storedRecord(store, 4999)?.key).toBe('k4999');
    putRecord(store, 5000, draft(5000), 6000, 5000);
    expect(storedEventTimeMs(store, 5000)).toBe(5100);
  });

  it('truncates across chunks and writes the same indices again', () => {
    const store = fill(5000);
    truncateRecordStore(store, 2100);
    expect(storeEnd(store)).toBe(2100);
    expect(store.chunks).toHaveLength(2);
    expect(storedRecord(store, 2100)).toBeUndefined();
    for (let i = 2100; i < 4200; i++) putRecord(store, i, draft(i + 1), 7000 + i, i);
    expect(storedRecord(store, 2099)?.key).toBe('k2099');
    expect(storedRecord(store, 4199)).toMatchObject({ key: 'k4200', offset: 4199, atMs: 11199 });
    truncateRecordStore(store, 2048);
    expect(store.chunks).toHaveLength(1);
    putRecord(store, 2048, draft(9), 1, 2048);
    expect(storedKey(store, 2048)).toBe('k9');
  });

  it('refuses writes below the freed part or past the end, and truncates by store index', () => {
    const store = fill(4);
    freeRecordsBefore(store, 2);
    expect(() => putRecord(store, 1, draft(1), 0, 1)).toThrow(
      'record store write at 1 outside [2, 4]',
    );
    expect(() => putRecord(store, 6, draft(6), 0, 6)).toThrow('outside [2, 4]');
    truncateRecordStore(store, 3);
    expect(storeEnd(store)).toBe(3);
    expect(storedRecord(store, 3)).toBeUndefined();
    putRecord(store, 3, draft(7), 0, 3);
    expect(storedRecord(store, 3)?.key).toBe('k7');
  });
});
