import { describe, expect, test } from 'vitest';
import { SAMPLE_WORLD } from '../testing/sampleWorld.ts';
import { describeGroupStates } from './describeGroupStates.ts';
import { formatDuration } from './formatDuration.ts';
import { formatSeconds } from './formatTime.ts';

describe('formatSeconds', () => {
  test('shows whole milliseconds as seconds', () => {
    expect(formatSeconds(0)).toBe('0.000 s');
    expect(formatSeconds(1001)).toBe('1.001 s');
    expect(formatSeconds(60_000)).toBe('60.000 s');
  });
});

describe('describeGroupStates', () => {
  test('names each group state and generation', () => {
    expect(describeGroupStates(SAMPLE_WORLD.groups)).toBe('Group g1 is Stable, generation 2.');
  });
});

describe('formatDuration', () => {
  test('keeps whole seconds short', () => {
    expect(formatDuration(60_000)).toBe('60 s');
    expect(formatDuration(1500)).toBe('1.500 s');
  });
});
