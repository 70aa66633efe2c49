// Converts wall-clock frame time into whole virtual milliseconds. Everything is integer: wall time
// is quantised to microseconds and speed to thousandths, and the remainder below one virtual
// millisecond is carried in nanoseconds, so no virtual time is lost or invented across frames.

/** Slowest and fastest playback speeds, in virtual ms per wall ms. */
export const SPEED_MIN = 0.1;
export const SPEED_MAX = 100;

const NS_PER_MS = 1_000_000;

export interface VirtualAdvance {
  /** Whole virtual milliseconds to run now. */
  readonly advanceMs: number;
  /** Virtual nanoseconds still owed, always in `[0, 1_000_000)`. */
  readonly carryNs: number;
}

/** Clamps a requested speed into the supported range; non-finite input falls back to 1×. */
export function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed)) return 1;
  return Math.min(SPEED_MAX, Math.max(SPEED_MIN, speed));
}

/**
 * Turns `elapsedMs` of wall time at `speed` into whole virtual ms plus the carried remainder.
 *
 * @example
 * advanceVirtualTime(16.5, 1, 0); // { advanceMs: 16, carryNs: 500_000 }
 * advanceVirtualTime(16.5, 1, 500_000); // { advanceMs: 17, carryNs: 0 }
 */
export function advanceVirtualTime(
  elapsedMs: number,
  speed: number,
  carryNs: number,
): VirtualAdvance {
  const elapsedUs = Math.max(0, Math.round(elapsedMs * 1000));
  const speedMilli = Math.round(clampSpeed(speed) * 1000);
  // Microseconds times thousandths of a unit gives nanoseconds of virtual time, exactly.
  const totalNs = elapsedUs * speedMilli + carryNs;
  const advanceMs = Math.floor(totalNs / NS_PER_MS);
  return { advanceMs, carryNs: totalNs - advanceMs * NS_PER_MS };
}
