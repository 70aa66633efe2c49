// The event-time view in words: counts per kind of mark for the legend, and a sentence that says
// where the watermark stands and what the latest firing was, for screen readers and for anyone
// who wants the numbers behind the picture.

import { formatSeconds } from '../../format/formatTime.ts';
import { BEHIND_MARK, DROPPED } from './recordColumns.ts';
import type { FiringGroup } from './timelineMarks.ts';
import type { MarkKind } from './timelineStyle.ts';
import type { TimelineJob } from './timelineTypes.ts';

export type MarkCounts = Readonly<Record<MarkKind, number>>;

/**
 * Records by status and firings (one per key) by timing.
 *
 * @example
 * markCounts(job)['dropped-record']; // 3
 */
export function markCounts(job: TimelineJob): MarkCounts {
  const counts: Record<MarkKind, number> = {
    'on-time-record': 0,
    'behind-record': 0,
    'dropped-record': 0,
    early: 0,
    'on-time': 0,
    late: 0,
  };
  const { records } = job;
  for (let i = 0; i < records.count; i += 1) {
    const status = records.status[i] ?? 0;
    if ((status & DROPPED) !== 0) counts['dropped-record'] += 1;
    else if ((status & BEHIND_MARK) !== 0) counts['behind-record'] += 1;
    else counts['on-time-record'] += 1;
  }
  for (const firing of job.firings) counts[firing.timing] += 1;
  return counts;
}

function describeFiring(group: FiringGroup): string {
  const results = group.results.map((r) => `${r.key} = ${r.value}`).join(', ');
  return `${group.timing} firing of [${formatSeconds(group.startMs)}, ${formatSeconds(group.endMs)}) at ${formatSeconds(group.atMs)} (${results})`;
}

/**
 * One paragraph about the job now.
 *
 * @example
 * timelineSentence(job, counts, groups, 26_000, 'watermark');
 * // "At 26.000 s the watermark of clicks-per-10s is 24.899 s, 1.101 s behind. 260 records read: …"
 */
export function timelineSentence(
  job: TimelineJob,
  counts: MarkCounts,
  groups: readonly FiringGroup[],
  nowMs: number,
  lineName: string,
): string {
  const mark = job.marks.at(-1)?.valueMs;
  const where =
    mark === undefined
      ? `At ${formatSeconds(nowMs)} ${job.label} has no ${lineName} yet.`
      : `At ${formatSeconds(nowMs)} the ${lineName} of ${job.label} is ${formatSeconds(mark)}, ${mark <= nowMs ? `${formatSeconds(nowMs - mark)} behind` : `${formatSeconds(mark - nowMs)} ahead of`} processing time.`;
  const read = counts['on-time-record'] + counts['behind-record'] + counts['dropped-record'];
  const records = `${read} records read: ${counts['on-time-record']} ahead of the ${lineName}, ${counts['behind-record']} behind it but counted, ${counts['dropped-record']} dropped as late.`;
  const firings = `Firings: ${counts.early} early, ${counts['on-time']} on time, ${counts.late} late.`;
  const latest = groups.at(-1);
  return [where, records, firings, latest === undefined ? '' : `Latest: ${describeFiring(latest)}.`]
    .filter((part) => part !== '')
    .join(' ');
}

/** The latest firings, newest first, in words. */
export function recentFirings(groups: readonly FiringGroup[], count: number): string[] {
  return groups.slice(-count).reverse().map(describeFiring);
}
