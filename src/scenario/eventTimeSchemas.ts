// How a producer stamps event time and what values its generated records carry: a device clock
// that is skewed, drifts and jumps, a share of late stragglers, and integer values that a stream
// job can sum. Checks that need the whole file (jump times, min <= max) are in
// eventTimeReferences.ts.

import { z } from 'zod';
import { integerIn, listOf, strictObject, unionError } from './fieldSchemas.ts';
import {
  CLOCK_DRIFT_PPM_MAX,
  CLOCK_JUMPS_MAX,
  CLOCK_OFFSET_MS_MAX,
  RECORD_VALUE_MAX,
} from './scenarioLimits.ts';
import { intervalMs, timeMs } from './timeSchemas.ts';

/** An integer in [-max, max]. */
const signedIn = (max: number, unit = '') =>
  integerIn(-max, max, `an integer from ${-max} to ${max}${unit}`);

const clockJumpSchema = strictObject({
  atMs: timeMs().describe('simulated time of the jump'),
  byMs: signedIn(CLOCK_OFFSET_MS_MAX, ' (milliseconds; negative sets the clock back)'),
});

export const clockSchema = strictObject({
  skewMs: signedIn(CLOCK_OFFSET_MS_MAX, ' (milliseconds ahead; negative is behind)')
    .default(0)
    .describe('a fixed offset from true time'),
  driftPpm: signedIn(CLOCK_DRIFT_PPM_MAX, ' (parts per million)')
    .default(0)
    .describe('+1000 gains 1 ms every simulated second'),
  jumps: listOf(clockJumpSchema, 0, CLOCK_JUMPS_MAX, 'clock jumps')
    .default([])
    .describe('steps of the clock, such as an NTP correction'),
});

export const latenessSchema = strictObject({
  percent: integerIn(0, 100, 'a whole percentage from 0 to 100').describe(
    'share of records whose event time lies in the past',
  ),
  meanDelayMs: intervalMs().describe('mean of the exponential delay of a late record'),
});

const recordValue = () => signedIn(RECORD_VALUE_MAX);

export const valuesSchema = z.discriminatedUnion(
  'kind',
  [
    strictObject({ kind: z.literal('sequence') }),
    strictObject({ kind: z.literal('integer'), min: recordValue(), max: recordValue() }),
  ],
  { error: unionError('kind') },
);

/** The producer fields of event time and values; all optional, with the engine's meaning when absent. */
export const eventTimeFields = {
  clock: clockSchema.exactOptional().describe("the producer's clock; absent: a perfect clock"),
  lateness: latenessSchema.exactOptional().describe('late stragglers; absent: none'),
  values: valuesSchema
    .exactOptional()
    .describe('values of generated records; absent: the producer id and a sequence number'),
};
