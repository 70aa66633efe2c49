import { describe, expect, it } from 'vitest';
import { countOf, packProducerCount, producerOf } from './recordChunk.ts';
import {
  batchMetaAt,
  createRecordStore,
  putRecordFields,
  setBatchMeta,
  storedEventTimeMs,
  storedRecord,
  truncateRecordStore,
} from './recordStore.ts';
import { createStringTable, internString } from './stringTable.ts';

const strings = createStringTable([]);
const writer = internString(strings, 'p1');

/** Writes record `index` with the given offset and event time (produced at 1000 + index). */
function put(
  store: ReturnType<typeof createRecordStore>,
  index: number,
  offset: number,
  eventTimeMs = 1000 + index,
) {
  putRecordFields(
    store,
    index,
    2000 + index,
    offset,
    -1,
    writer,
    index,
    eventTimeMs,
    1000 + index,
    null,
  );
}

describe('record chunk columns made on demand', () => {
  it('reads offsets that follow the store index without a column, and keeps a jump', () => {
    const store = createRecordStore('orders-0', strings);
    for (let i = 0; i < 100; i++) put(store, i, 500 + i);
    expect(store.chunks[0]!.offsets).toBeNull();
    // A new leader's log parts from the old one: offsets go back, store indices go on.
    for (let i = 100; i < 3000; i++) put(store, i, 400 + i);
    expect(store.chunks[0]!.offsets).not.toBeNull();
    expect(store.chunks[1]!.offsets).toBeNull();
    for (const i of [0, 63, 64, 99]) expect(storedRecord(store, i)?.offset).toBe(500 + i);
    for (const i of [100, 2047, 2048, 2999]) expect(storedRecord(store, i)?.offset).toBe(400 + i);
  });

  it('keeps event times that differ from produced-at times, through the first chunk growing', () => {
    const store = createRecordStore('orders-0', strings);
    for (let i = 0; i < 200; i++) put(store, i, i, i === 70 ? 5 : 1000 + i);
    expect(store.chunks[0]!.eventTimes).not.toBeNull();
    expect([69, 70, 71, 199].map((i) => storedEventTimeMs(store, i))).toEqual([
      1069, 5, 1071, 1199,
    ]);
    expect(storedRecord(store, 150)).toMatchObject({ eventTimeMs: 1150, producedAtMs: 1150 });
  });

  it('rewrites an abandoned timeline with other offsets and event times', () => {
    const store = createRecordStore('orders-0', strings);
    for (let i = 0; i < 10; i++) put(store, i, i);
    truncateRecordStore(store, 5);
    for (let i = 5; i < 10; i++) put(store, i, i - 2, 7);
    expect([4, 5, 9].map((i) => storedRecord(store, i)?.offset)).toEqual([4, 3, 7]);
    expect([4, 5, 9].map((i) => storedEventTimeMs(store, i))).toEqual([1004, 7, 7]);
  });

  it('packs a batch producer and count up to the scenario limits, and keeps 0 for no batch', () => {
    for (const [producer, count] of [
      [0, 1],
      [127, 10_000],
      [5, 65_535],
    ] as const) {
      const packed = packProducerCount(producer, count);
      expect(packed).toBeGreaterThan(0);
      expect([producerOf(packed), countOf(packed)]).toEqual([producer, count]);
    }
    const store = createRecordStore('orders-0', strings);
    put(store, 0, 0);
    put(store, 1, 1);
    setBatchMeta(store, 0, 127, 3, 40, 2);
    expect(batchMetaAt(store, 0)).toEqual({ producer: 127, epoch: 3, baseSequence: 40, count: 2 });
    expect(batchMetaAt(store, 1)).toBeNull();
  });
});
