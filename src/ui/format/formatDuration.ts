// Formats a scenario's length for the list: whole seconds stay short ("60 s").

import { formatSeconds } from './formatTime.ts';

/**
 * @example
 * formatDuration(60_000); // "60 s"
 * formatDuration(1500); // "1.500 s"
 */
export function formatDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : formatSeconds(ms);
}
