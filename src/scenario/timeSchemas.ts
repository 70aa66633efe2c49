// Time fields of a scenario file. Points in time and most settings are whole milliseconds, so that
// simulated time never accumulates floats; only link delays and per-record costs may be fractional.

import { integerIn } from './fieldSchemas.ts';
import { DURATION_MS_MAX } from './scenarioLimits.ts';

/** A point in time or a duration that may be zero, in whole milliseconds. */
export function timeMs() {
  return integerIn(
    0,
    DURATION_MS_MAX,
    `a whole number of milliseconds from 0 to ${DURATION_MS_MAX}`,
  );
}

/** A period that must be positive, because a zero period would loop forever at one instant. */
export function intervalMs() {
  return integerIn(
    1,
    DURATION_MS_MAX,
    `a whole number of milliseconds from 1 to ${DURATION_MS_MAX}`,
  );
}
