// Turns what a learner typed into a number field into a number within the field's bounds. It is a
// plain helper of its own, without React, so that the fault fields' files hold markup only.

/** The number typed, within [min, max] and rounded to `decimals`, or `fallback` when it is not one. */
export function clampNumber(
  text: string,
  min: number,
  max: number,
  decimals: number,
  fallback: number,
): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) return fallback;
  const scale = 10 ** decimals;
  return Math.round(Math.min(max, Math.max(min, value)) * scale) / scale;
}
