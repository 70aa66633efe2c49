// Maps playback speed to a slider position on a log scale, so 0.1×–1× gets as much travel as
// 10×–100×. Ten slider steps per decade; speeds are rounded to two significant digits for display.

import { scaleLog } from 'd3';
import { SPEED_MAX, SPEED_MIN } from '../../player/index.ts';

/** Slider positions run from 0 (0.1×) to this (100×), ten per decade. */
export const SPEED_SLIDER_MAX = 30;

const speedToPosition = scaleLog()
  .domain([SPEED_MIN, SPEED_MAX])
  .range([0, SPEED_SLIDER_MAX])
  .clamp(true);

/**
 * Returns the slider position nearest to `speed`.
 *
 * @example
 * speedToSliderPosition(1); // 10
 */
export function speedToSliderPosition(speed: number): number {
  return Math.round(speedToPosition(speed));
}

/**
 * Returns the speed at a slider position, rounded to two significant digits.
 *
 * @example
 * sliderPositionToSpeed(14); // 2.5
 */
export function sliderPositionToSpeed(position: number): number {
  return Number(speedToPosition.invert(position).toPrecision(2));
}

/**
 * Formats a speed with its unit, "×" meaning virtual seconds per wall-clock second.
 *
 * @example
 * formatSpeed(0.25); // "0.25×"
 */
export function formatSpeed(speed: number): string {
  return `${Number(speed.toPrecision(2))}×`;
}
