// The one place in the app that reads the wall clock. A tick source calls its listener once per
// animation frame with the wall milliseconds since the previous frame, like tldraw's TickManager.
// Everything downstream works in virtual time; tests use the manual source and call `forceTick`.

/** Emits `tick(elapsedMs)` while started. */
export interface TickSource {
  /** Starts emitting to `onTick`; a second start replaces the listener. */
  readonly start: (onTick: (elapsedMs: number) => void) => void;
  /** Stops emitting; safe to call when already stopped. */
  readonly stop: () => void;
}

/** A tick source that only moves when a test tells it to. */
export interface ManualTickSource extends TickSource {
  readonly isRunning: () => boolean;
  /** Delivers one tick of `elapsedMs` if started; returns whether anyone was listening. */
  readonly forceTick: (elapsedMs: number) => boolean;
}

/**
 * Frames further apart than this count as this long. A backgrounded tab gets no frames for
 * seconds, and the simulation should resume where it was rather than leap ahead.
 */
export const FRAME_GAP_MS_MAX = 250;

/**
 * Creates the browser's tick source, driven by `requestAnimationFrame` and `performance.now`.
 *
 * @example
 * const ticks = createAnimationFrameTickSource();
 * ticks.start((elapsedMs) => controller.tick(elapsedMs));
 */
export function createAnimationFrameTickSource(): TickSource {
  let frameId: number | null = null;
  let lastMs = 0;
  let listener: ((elapsedMs: number) => void) | null = null;

  const onFrame = (nowMs: number): void => {
    const elapsedMs = Math.min(FRAME_GAP_MS_MAX, Math.max(0, nowMs - lastMs));
    lastMs = nowMs;
    frameId = requestAnimationFrame(onFrame);
    listener?.(elapsedMs);
  };

  return {
    start(onTick) {
      listener = onTick;
      if (frameId !== null) return;
      lastMs = performance.now();
      frameId = requestAnimationFrame(onFrame);
    },
    stop() {
      listener = null;
      if (frameId !== null) cancelAnimationFrame(frameId);
      frameId = null;
    },
  };
}

/**
 * Creates a tick source for tests and scripted runs: time passes only through `forceTick`.
 *
 * @example
 * const ticks = createManualTickSource();
 * ticks.start((ms) => seen.push(ms));
 * ticks.forceTick(16); // seen is [16]
 */
export function createManualTickSource(): ManualTickSource {
  let listener: ((elapsedMs: number) => void) | null = null;
  return {
    start(onTick) {
      listener = onTick;
    },
    stop() {
      listener = null;
    },
    isRunning: () => listener !== null,
    forceTick(elapsedMs) {
      if (listener === null) return false;
      listener(elapsedMs);
      return true;
    },
  };
}
