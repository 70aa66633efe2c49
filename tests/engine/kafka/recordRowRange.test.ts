// A record store keeps a record's numbers as 32-bit integers. The scenario limits bound every time
// a producer can stamp, so the farthest event time a valid scenario can reach must fit, and a value
// that does not fit must be refused rather than wrap.

import { describe, expect, it } from 'vitest';
import {
  createRecordStore,
  putRecordFields,
  storedEventTimeMs,
  storedRecord,
} from '../../../src/engine/kafka/recordStore.ts';
import { createStringTable, internString } from '../../../src/engine/kafka/stringTable.ts';
import {
  CLOCK_DRIFT_PPM_MAX,
  CLOCK_JUMPS_MAX,
  CLOCK_OFFSET_MS_MAX,
  DURATION_MS_MAX,
} from '../../../src/scenario/scenarioLimits.ts';

/**
 * The farthest a producer's clock can read from zero: the whole run, the largest skew, the largest
 * drift over the run, every clock jump at its largest, and a late straggler's delay, which is capped
 * at about nine times its mean (at most a run's length).
 */
const FARTHEST_EVENT_TIME_MS =
  DURATION_MS_MAX +
  CLOCK_OFFSET_MS_MAX +
  (DURATION_MS_MAX * CLOCK_DRIFT_PPM_MAX) / 1_000_000 +
  CLOCK_JUMPS_MAX * CLOCK_OFFSET_MS_MAX +
  10 * DURATION_MS_MAX;

describe('record rows of 32-bit integers', () => {
  const strings = createStringTable([]);
  const writer = internString(strings, 'p1');

  it('hold the farthest event time a valid scenario can stamp, either way', () => {
    const store = createRecordStore('orders-0', strings);
    putRecordFields(store, 0, DURATION_MS_MAX, 0, -1, writer, 0, FARTHEST_EVENT_TIME_MS, 1, null);
    putRecordFields(store, 1, DURATION_MS_MAX, 1, -1, writer, 1, -FARTHEST_EVENT_TIME_MS, 2, null);
    expect(storedEventTimeMs(store, 0)).toBe(FARTHEST_EVENT_TIME_MS);
    expect(storedEventTimeMs(store, 1)).toBe(-FARTHEST_EVENT_TIME_MS);
    expect(storedRecord(store, 1)).toMatchObject({ atMs: DURATION_MS_MAX, offset: 1 });
  });

  it('refuse an event time that would wrap, naming it', () => {
    const store = createRecordStore('orders-0', strings);
    expect(() => putRecordFields(store, 0, 0, 0, -1, writer, 0, 2 ** 31, 0, null)).toThrow(
      /event time 2147483648 ms does not fit/,
    );
    expect(() => putRecordFields(store, 0, 0, 0, -1, writer, 0, 1.5, 0, null)).toThrow(/1.5/);
  });
});
