// The trace's two text forms. The one-line form is `<atMs> <type> key=value ...`, with the time
// right-aligned to nine digits, fields in the event's own order, bare values when they are plain
// words or numbers, and JSON for everything else. JSONL is one JSON object per line.

import type { TraceEvent } from './traceEvent.ts';

const BARE = /^[A-Za-z0-9_.:/-]+$/;

function formatValue(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return BARE.test(v) ? v : JSON.stringify(v);
  return JSON.stringify(v);
}

/**
 * One trace event as a line of text.
 *
 * @example
 * formatTraceLine({ atMs: 12, type: 'producer.started', producer: 'p1' });
 * // '       12 producer.started producer=p1'
 */
export function formatTraceLine(event: TraceEvent): string {
  let line = `${String(event.atMs).padStart(9)} ${event.type}`;
  for (const [k, v] of Object.entries(event)) {
    if (k === 'atMs' || k === 'type') continue;
    line += ` ${k}=${formatValue(v)}`;
  }
  return line;
}

export function formatTraceText(events: readonly TraceEvent[]): string {
  return events.map((e) => formatTraceLine(e) + '\n').join('');
}

export function formatTraceJsonl(events: readonly TraceEvent[]): string {
  return events.map((e) => JSON.stringify(e) + '\n').join('');
}
