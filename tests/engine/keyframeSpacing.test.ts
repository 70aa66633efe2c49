// Keyframe spacing grows with the state a keyframe copies, between a floor that keeps scrubbing a
// small scenario quick and a ceiling that bounds the replay of a seek in a huge one.

import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/engine/world/createWorld.ts';
import { keyframeSpacing, MIN_KEYFRAME_SPACING } from '../../src/engine/simulation/keyframes.ts';
import { buildScenario } from '../support/scenarios.ts';

function producers(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    topic: 'orders',
    rate: { kind: 'poisson', meanIntervalMs: 1 },
  }));
}

describe('keyframe spacing', () => {
  it('keeps the floor for a small world', () => {
    const w = createWorld(buildScenario({ partitions: 3, producers: producers(1) }), 1);
    expect(keyframeSpacing(w.m)).toBe(MIN_KEYFRAME_SPACING);
  });

  it('grows with producers and partitions, whose bookkeeping every keyframe copies', () => {
    const small = keyframeSpacing(
      createWorld(buildScenario({ partitions: 32, producers: producers(48) }), 1).m,
    );
    const large = keyframeSpacing(
      createWorld(buildScenario({ partitions: 32, producers: producers(64) }), 1).m,
    );
    expect(small).toBeGreaterThan(MIN_KEYFRAME_SPACING);
    expect(large).toBeGreaterThan(small);
  });

  it('grows with the queued events', () => {
    const w = createWorld(buildScenario({ partitions: 32, producers: producers(64) }), 1);
    const before = keyframeSpacing(w.m);
    w.m.queue.size += 1000;
    const plus1000 = keyframeSpacing(w.m);
    w.m.queue.size += 1000;
    const plus2000 = keyframeSpacing(w.m);
    // In proportion: each thousand queued events adds the same number of events between keyframes.
    expect(plus1000).toBeGreaterThan(before);
    expect(plus2000 - plus1000).toBe(plus1000 - before);
  });

  it('stops at a ceiling however large the state', () => {
    const w = createWorld(buildScenario({ partitions: 32, producers: producers(16) }), 1);
    w.m.queue.size += 10_000_000;
    expect(keyframeSpacing(w.m)).toBe(65536);
  });
});
