// Where a travelling message dot is along its edge at a simulated time. Network hops in the
// simulation take a millisecond or two, far too short to see, so every flight is stretched to a
// minimum duration that lasts about a third of a wall-clock second at the current speed. A
// message whose arrival is not yet in the trace parks near its target (requests piling up at a
// crashed broker are the point), and a failed one shows a cross for a moment, then disappears.

/** Wall-clock time a learner needs to see a dot travel. */
export const FLIGHT_WALL_MS = 300;
/** Where along its edge a dot waits while its arrival is unknown. */
export const PARK_AT = 0.92;

export interface FlightTimes {
  readonly startMs: number;
  /** Simulated time it arrived (e.g. the record was appended), if the trace has said so. */
  readonly arrivedAtMs: number | null;
  readonly failedAtMs: number | null;
}

export type FlightState = 'moving' | 'parked' | 'failed';

export interface FlightPosition {
  /** Fraction of the edge travelled, 0..1. */
  readonly t: number;
  readonly state: FlightState;
}

/**
 * The simulated duration of a flight's stretch at a playback speed (virtual ms per wall ms).
 *
 * @example
 * minFlightMs(10); // 3000
 */
export function minFlightMs(speed: number): number {
  return Math.min(30_000, Math.max(1, Math.round(speed * FLIGHT_WALL_MS)));
}

/**
 * Returns where the dot is at `nowMs`, or null when it is not on screen.
 *
 * @example
 * flightPosition({ startMs: 0, arrivedAtMs: 2, failedAtMs: null }, 150, 300); // { t: 0.5, state: 'moving' }
 */
export function flightPosition(
  flight: FlightTimes,
  nowMs: number,
  stretchMs: number,
): FlightPosition | null {
  const elapsed = nowMs - flight.startMs;
  if (elapsed < 0) return null;
  if (flight.failedAtMs !== null) {
    if (nowMs - flight.failedAtMs >= stretchMs / 2) return null;
    const t = Math.min(PARK_AT, (flight.failedAtMs - flight.startMs) / stretchMs);
    return { t, state: 'failed' };
  }
  if (flight.arrivedAtMs !== null) {
    const duration = Math.max(stretchMs, flight.arrivedAtMs - flight.startMs);
    return elapsed >= duration ? null : { t: elapsed / duration, state: 'moving' };
  }
  const t = elapsed / stretchMs;
  return t >= PARK_AT ? { t: PARK_AT, state: 'parked' } : { t, state: 'moving' };
}
