// A leading-and-trailing throttle for `timeupdate`: the first value goes at once, then at most one
// per interval, and the last value of a burst is never lost. It uses a timer only; it does not
// read the clock, so tests drive it with fake timers.

export interface Throttle<T> {
  /** Sends now if the interval is free, else keeps `value` for the end of the interval. */
  readonly push: (value: T) => void;
  /** Sends `value` now, dropping any kept one, and starts a new interval. */
  readonly now: (value: T) => void;
  readonly cancel: () => void;
}

/**
 * Creates a throttle around `deliver`.
 *
 * @example
 * const times = createThrottle((t: number) => post({ type: 'timeupdate', tMs: t }), 250);
 * times.push(16); times.push(32); // 16 now, 32 after 250 ms
 */
export function createThrottle<T>(deliver: (value: T) => void, intervalMs: number): Throttle<T> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let kept: { readonly value: T } | null = null;
  const startInterval = (): void => {
    timer = setTimeout(() => {
      timer = null;
      if (kept === null) return;
      const { value } = kept;
      kept = null;
      deliver(value);
      startInterval();
    }, intervalMs);
  };
  const cancel = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    kept = null;
  };
  return {
    push(value) {
      if (timer !== null) {
        kept = { value };
        return;
      }
      deliver(value);
      startInterval();
    },
    now(value) {
      cancel();
      deliver(value);
      startInterval();
    },
    cancel,
  };
}
