// Which semantics a stream job follows, in words for the event-time view: Flink's watermarks and
// allowed lateness, or Kafka Streams' stream time and grace period, with the job's own numbers
// and the real API names, so a learner can tell what rule closes its windows.

import type { StreamJobSpec } from '../../../engine/index.ts';
import { formatDuration } from '../../format/formatDuration.ts';
import type { TimelineJobInput } from './timelineTypes.ts';

/**
 * A line drawn at a fixed distance behind the watermark (or stream time), with what it means:
 * Kafka Streams' grace period, or how long an interval join keeps a record in state.
 */
export interface Horizon {
  readonly offsetMs: number;
  readonly label: string;
}

export interface SemanticsText {
  /** "Flink" or "Kafka Streams". */
  readonly system: string;
  /** What the line on the chart is. */
  readonly lineName: 'watermark' | 'stream time';
  readonly windows: string;
  readonly rules: readonly string[];
  readonly horizons: readonly Horizon[];
}

/** A window assigner in words, as the semantics note says it. */
export function windowsText(assigner: StreamJobSpec['window']['assigner']): string {
  if (assigner.kind === 'tumbling') return `tumbling windows of ${formatDuration(assigner.sizeMs)}`;
  if (assigner.kind === 'sliding')
    return `sliding windows of ${formatDuration(assigner.sizeMs)} every ${formatDuration(assigner.slideMs)} (bands are slides)`;
  return `session windows with a gap of ${formatDuration(assigner.gapMs)}`;
}

/** How the watermark is made, in words with the API's names; dataflows share the strategies. */
export function watermarkRule(watermarks: StreamJobSpec['watermarks']): string {
  const idle =
    watermarks.idleTimeoutMs === undefined
      ? ''
      : `; a partition silent for ${formatDuration(watermarks.idleTimeoutMs)} is idle and stops holding it back (withIdleness)`;
  if (watermarks.strategy === 'punctuated')
    return `watermark: set by records marked as watermarks (punctuated), the minimum over source partitions${idle}`;
  const bound = watermarks.strategy === 'ascending' ? 0 : (watermarks.maxOutOfOrdernessMs ?? 0);
  return `watermark = largest event time seen − ${formatDuration(bound)} − 1 ms (${watermarks.strategy === 'ascending' ? 'forMonotonousTimestamps' : 'forBoundedOutOfOrderness'}), the minimum over source partitions${idle}`;
}

/**
 * The semantics of a job, in words.
 *
 * @example
 * describeSemantics(spec).system; // "Flink"
 */
export function describeSemantics(spec: StreamJobSpec): SemanticsText {
  const windows = windowsText(spec.window.assigner);
  if (spec.semantics === 'kafka-streams') {
    const grace = spec.graceMs ?? 0;
    return {
      system: 'Kafka Streams',
      lineName: 'stream time',
      windows,
      horizons:
        grace > 0
          ? [
              {
                offsetMs: grace,
                label: 'stream time − grace: windows ending left of it are closed',
              },
            ]
          : [],
      rules: [
        'no watermarks: stream time = the largest timestamp the task has seen',
        `a window closes when stream time reaches its end + grace (${formatDuration(grace)}, ofSizeAndGrace); later records for it are dropped`,
        spec.emit === 'on-window-close'
          ? 'emits only final results, once a window closes (suppress untilWindowCloses)'
          : 'emits every update as it happens',
      ],
    };
  }
  const early = spec.window.earlyFiring;
  const earlyText =
    early === undefined
      ? []
      : [
          `early firings${early.everyMs === undefined ? '' : ` every ${formatDuration(early.everyMs)} of processing time`}${early.everyCount === undefined ? '' : ` every ${early.everyCount} records`}`,
        ];
  return {
    system: 'Flink',
    lineName: 'watermark',
    windows,
    horizons: [],
    rules: [
      watermarkRule(spec.watermarks),
      'a window fires on time when the watermark passes its end − 1 ms (EventTimeTrigger)',
      `allowed lateness ${formatDuration(spec.window.allowedLatenessMs)} (allowedLateness): records up to then refire the window late; later ones are dropped`,
      ...earlyText,
    ],
  };
}

/** The fold's view of a stream job spec. */
export function timelineJobInput(spec: StreamJobSpec): TimelineJobInput {
  const semantics = spec.semantics ?? 'flink';
  return {
    id: spec.id,
    label: spec.id,
    job: spec.id,
    operator: null,
    sourceTopics: [spec.sourceTopic],
    semantics,
    graceMs: semantics === 'kafka-streams' ? (spec.graceMs ?? 0) : 0,
  };
}
