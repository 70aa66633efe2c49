// Idempotent batch metadata lives in the record store, in the row of a batch's first record.

import { describe, expect, it } from 'vitest';
import {
  batchMetaAt,
  createRecordStore,
  freeRecordsBefore,
  putRecordFields,
  setBatchMeta,
  truncateRecordStore,
} from '../../../src/engine/kafka/recordStore.ts';
import { createStringTable } from '../../../src/engine/kafka/stringTable.ts';

function store(n: number) {
  const s = createRecordStore('orders-0', createStringTable(['p1']));
  for (let i = 0; i < n; i++) putRecordFields(s, i, i, i, -1, 0, i, i, i, null);
  return s;
}

describe('batch metadata in the record store', () => {
  it('answers for the store index a batch starts at, and nothing for the others', () => {
    const s = store(6);
    setBatchMeta(s, 0, 0, 0, 0, 3);
    setBatchMeta(s, 3, 0, 1, 7, 2);
    expect(batchMetaAt(s, 3)).toEqual({ producer: 0, epoch: 1, baseSequence: 7, count: 2 });
    expect(batchMetaAt(s, 1)).toBeNull();
    expect(batchMetaAt(s, 6)).toBeNull();
  });

  it('forgets a batch that an abandoned timeline started, once the index is written again', () => {
    const s = store(6);
    setBatchMeta(s, 4, 0, 0, 4, 2);
    truncateRecordStore(s, 4);
    expect(batchMetaAt(s, 4)).toBeNull();
    // The new timeline appends a record at index 4 that starts no batch.
    putRecordFields(s, 4, 9, 4, -1, 0, 9, 9, 9, null);
    expect(batchMetaAt(s, 4)).toBeNull();
  });

  it('goes with the records when they are freed, and refuses an index not held', () => {
    const s = store(3000);
    setBatchMeta(s, 2500, 0, 0, 2500, 1);
    setBatchMeta(s, 10, 0, 0, 10, 1);
    freeRecordsBefore(s, 2100);
    expect(batchMetaAt(s, 10)).toBeNull();
    expect(batchMetaAt(s, 2500)?.baseSequence).toBe(2500);
    expect(() => setBatchMeta(s, 5, 0, 0, 5, 1)).toThrow('no record is held there');
  });
});
