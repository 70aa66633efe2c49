import { describe, expect, test } from 'vitest';
import {
  formatSpeed,
  sliderPositionToSpeed,
  SPEED_SLIDER_MAX,
  speedToSliderPosition,
} from './speedScale.ts';

describe('speedScale', () => {
  test('spans 0.1x..100x with 1x and 10x on whole decades', () => {
    expect(sliderPositionToSpeed(0)).toBe(0.1);
    expect(sliderPositionToSpeed(10)).toBe(1);
    expect(sliderPositionToSpeed(20)).toBe(10);
    expect(sliderPositionToSpeed(SPEED_SLIDER_MAX)).toBe(100);
  });

  test('round-trips every slider position', () => {
    for (let position = 0; position <= SPEED_SLIDER_MAX; position += 1) {
      expect(speedToSliderPosition(sliderPositionToSpeed(position))).toBe(position);
    }
  });

  test('clamps speeds outside the range to the ends', () => {
    expect(speedToSliderPosition(1000)).toBe(SPEED_SLIDER_MAX);
    expect(speedToSliderPosition(0.001)).toBe(0);
  });

  test('formats with the × unit', () => {
    expect(formatSpeed(2.5)).toBe('2.5×');
    expect(formatSpeed(100)).toBe('100×');
    expect(formatSpeed(0.12589)).toBe('0.13×');
  });
});
