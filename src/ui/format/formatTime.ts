// Formats virtual milliseconds as seconds for people. Integer division keeps it exact: no float
// arithmetic, so 1001 ms is always "1.001 s".

/**
 * Formats `ms` as seconds with millisecond precision.
 *
 * @example
 * formatSeconds(12345); // "12.345 s"
 */
export function formatSeconds(ms: number): string {
  const whole = Math.max(0, Math.round(ms));
  const seconds = Math.floor(whole / 1000);
  const millis = whole - seconds * 1000;
  return `${seconds}.${String(millis).padStart(3, '0')} s`;
}
