import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  createAnimationFrameTickSource,
  createManualTickSource,
  FRAME_GAP_MS_MAX,
} from './tickSource.ts';

describe('createAnimationFrameTickSource', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('emits frame-to-frame wall time, caps long gaps, and stops on request', () => {
    // A hand-driven frame loop stands in for the browser's, so no real time passes.
    const frames = new Map<number, (nowMs: number) => void>();
    let nextId = 1;
    vi.stubGlobal('performance', { now: () => 1000 });
    vi.stubGlobal('requestAnimationFrame', (callback: (nowMs: number) => void) => {
      frames.set(nextId, callback);
      return nextId++;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
    const runFrame = (nowMs: number): void => {
      const [id, callback] = [...frames.entries()][0] ?? [];
      if (id === undefined || callback === undefined) throw new Error('no frame requested');
      frames.delete(id);
      callback(nowMs);
    };

    const seen: number[] = [];
    const ticks = createAnimationFrameTickSource();
    ticks.start((elapsedMs) => seen.push(elapsedMs));
    runFrame(1016);
    runFrame(1032.5);
    runFrame(5000);
    ticks.stop();
    expect(seen).toEqual([16, 16.5, FRAME_GAP_MS_MAX]);
    expect(frames.size).toBe(0);
  });
});

describe('createManualTickSource', () => {
  test('delivers forced ticks only while started', () => {
    const seen: number[] = [];
    const ticks = createManualTickSource();
    expect(ticks.forceTick(5)).toBe(false);
    ticks.start((elapsedMs) => seen.push(elapsedMs));
    expect(ticks.forceTick(16)).toBe(true);
    ticks.stop();
    ticks.forceTick(16);
    expect(seen).toEqual([16]);
  });
});
