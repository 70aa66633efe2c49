// Window arithmetic for the job checkers, written from Flink's definitions rather than taken from
// the engine, so that a bug in the engine's assigners cannot hide itself: a window is
// [start, end), its last instant is end - 1, a tumbling or sliding window starts at
// ts - ((ts - offset) mod slide), and Kafka Streams' windows are the same aligned windows.

import type { StreamJobSpec } from '../../src/engine/index.ts';

export type Window = readonly [number, number];

function floorMod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/** The aligned windows of `assigner` holding `ts`, latest start first; none for sessions. */
export function windowsOfAssigner(
  assigner: StreamJobSpec['window']['assigner'],
  ts: number,
): Window[] {
  const a = assigner;
  if (a.kind === 'session') return [];
  const slide = a.kind === 'tumbling' ? a.sizeMs : a.slideMs;
  const offset = a.offsetMs ?? 0;
  const windows: Window[] = [];
  for (let start = ts - floorMod(ts - offset, slide); start > ts - a.sizeMs; start -= slide)
    windows.push([start, start + a.sizeMs]);
  return windows;
}

/** The aligned windows holding `ts`, latest start first; none for a session assigner. */
export function alignedWindows(job: StreamJobSpec, ts: number): Window[] {
  return windowsOfAssigner(job.window.assigner, ts);
}

/**
 * The window of `ts` that closes last: if a record was accepted into any of its windows, it was
 * accepted into this one, because lateness only grows as windows end earlier. For a session
 * assigner, the record's own session before merging, which any merged session contains.
 */
export function latestWindow(job: StreamJobSpec, ts: number): Window | undefined {
  const a = job.window.assigner;
  if (a.kind === 'session') return [ts, ts + a.gapMs];
  return alignedWindows(job, ts)[0];
}

/**
 * The highest watermark (Flink) or stream time (Kafka Streams) at which reading the record at
 * `ts` still changes no result already made: Flink must not have passed the last instant of the
 * record's earliest window (or, for sessions, the instant before `ts`, where a fired session could
 * touch it); Kafka Streams must not have passed the earliest window's end plus grace.
 */
export function harmlessUpToMs(job: StreamJobSpec, ts: number): number {
  const a = job.window.assigner;
  if (a.kind === 'session') return ts - 2;
  const earliestEnd = alignedWindows(job, ts).at(-1)?.[1] ?? ts + 1;
  return (job.semantics ?? 'flink') === 'flink'
    ? earliestEnd - 2
    : earliestEnd + (job.graceMs ?? 0) - 1;
}

/** A key and window as one string, for sets and maps. */
export function paneKey(key: string, window: Window): string {
  return `${key}|${window[0]}|${window[1]}`;
}

export function allowedLatenessMs(job: StreamJobSpec): number {
  return job.window.allowedLatenessMs;
}
