// The trace as CSV for spreadsheets: one row per event with its time, its type, and the rest of
// its fields as one JSON cell, so every event type fits the same three columns.

import type { TraceEvent } from '../../engine/index.ts';

/** Quotes a CSV cell when it needs it (RFC 4180: double the quotes inside). */
function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Formats events as CSV with the header `atMs,type,fields`.
 *
 * @example
 * formatTraceCsv([{ atMs: 0, type: 'broker.crashed', broker: 'b1' }]);
 * // 'atMs,type,fields\n0,broker.crashed,"{""broker"":""b1""}"\n'
 */
export function formatTraceCsv(events: readonly TraceEvent[]): string {
  const rows = events.map((event) => {
    const { atMs, type, ...fields } = event;
    return `${atMs},${csvCell(type)},${csvCell(JSON.stringify(fields))}\n`;
  });
  return `atMs,type,fields\n${rows.join('')}`;
}
