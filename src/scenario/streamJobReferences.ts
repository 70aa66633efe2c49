// Cross-reference checks for stream jobs: the source topic exists, a window offset is smaller in
// magnitude than the size (tumbling) or slide (sliding), as Flink's assigners require, and a
// sliding window's size is at most 100 slides, so no record lands in more than 100 windows. The
// rest refuses settings the engine would otherwise ignore without a word, or could not run: an
// early firing that names no trigger or sits on session windows, Kafka Streams jobs with what
// only Flink has (session windows, allowed lateness, early firings, discarding panes) and Flink
// jobs with what only Kafka Streams has (graceMs, emit), overload settings that do not go together
// (overloadReferences.ts), and a transactional sink that no checkpoint would ever commit.

import type { StreamJobSpec } from '../engine/index.ts';
import type { ScenarioIndex } from './crossReferenceIndex.ts';
import { checkOverloadSettings } from './overloadReferences.ts';
import { missingTopicError } from './referenceErrors.ts';
import type { ScenarioError } from './scenarioError.ts';
import { WINDOWS_PER_RECORD_MAX } from './scenarioLimits.ts';
import type { ScenarioCore } from './scenarioSchemaV1.ts';

type Assigner = StreamJobSpec['window']['assigner'];
type Job = StreamJobSpec;

export function checkOffset(assigner: Assigner, path: string): ScenarioError | undefined {
  if (assigner.kind === 'session') return undefined;
  const offset = assigner.offsetMs ?? 0;
  const [bound, name] =
    assigner.kind === 'tumbling' ? [assigner.sizeMs, 'sizeMs'] : [assigner.slideMs, 'slideMs'];
  if (Math.abs(offset) < bound) return undefined;
  return {
    path: `${path}.offsetMs`,
    message: `is not smaller in magnitude than ${name} (${bound}), as Flink's ${assigner.kind} windows require`,
    found: String(offset),
    allowed: `an integer from ${-(bound - 1)} to ${bound - 1}`,
  };
}

export function checkWindowsPerRecord(assigner: Assigner, path: string): ScenarioError | undefined {
  if (assigner.kind !== 'sliding') return undefined;
  const windows = Math.ceil(assigner.sizeMs / assigner.slideMs);
  if (windows <= WINDOWS_PER_RECORD_MAX) return undefined;
  const least = Math.ceil(assigner.sizeMs / WINDOWS_PER_RECORD_MAX);
  return {
    path: `${path}.slideMs`,
    message: `puts every record in ${windows} windows (sizeMs ${assigner.sizeMs} / slideMs ${assigner.slideMs})`,
    found: String(assigner.slideMs),
    allowed: `at least ${least} (sizeMs / ${WINDOWS_PER_RECORD_MAX}), so a record lands in at most ${WINDOWS_PER_RECORD_MAX} windows`,
  };
}

function checkEarlyFiring(job: Job, path: string): ScenarioError | undefined {
  const early = job.window.earlyFiring;
  if (early === undefined) return undefined;
  if (early.everyMs === undefined && early.everyCount === undefined) {
    return {
      path: `${path}.window.earlyFiring`,
      message: 'names no trigger, so no early pane would ever fire',
      found: '{}',
      allowed: 'everyMs, everyCount or both',
    };
  }
  if (job.window.assigner.kind !== 'session') return undefined;
  return {
    path: `${path}.window.earlyFiring`,
    message: 'is set on session windows, which merge and have no fixed end to fire early before',
    allowed: 'tumbling or sliding windows for early firings, or leave earlyFiring out',
  };
}

/** Flink settings a Kafka Streams job does not have: its windows close by stream time + grace. */
function kafkaStreamsProblems(job: Job, path: string): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const why = 'but semantics is "kafka-streams"';
  if (job.window.assigner.kind === 'session') {
    errors.push({
      path: `${path}.window.assigner.kind`,
      message: `is "session", ${why}, which here supports tumbling and sliding (hopping) windows only`,
      found: '"session"',
      allowed: 'tumbling or sliding, or semantics "flink" for session windows',
    });
  }
  if (job.window.allowedLatenessMs > 0) {
    errors.push({
      path: `${path}.window.allowedLatenessMs`,
      message: `is ${job.window.allowedLatenessMs}, ${why}, which has no allowed lateness: a window accepts records until stream time passes its end + graceMs`,
      found: String(job.window.allowedLatenessMs),
      allowed: '0 (or leave it out), and graceMs for how long a window stays open',
    });
  }
  if (job.window.earlyFiring !== undefined) {
    errors.push({
      path: `${path}.window.earlyFiring`,
      message: `is set, ${why}, which has no early triggers: it emits every update (emit "on-update") or only final results`,
      allowed: 'leave earlyFiring out, or semantics "flink"',
    });
  }
  if (job.window.accumulation === 'discarding') {
    errors.push({
      path: `${path}.window.accumulation`,
      message: `is "discarding", ${why}, whose windowed aggregations always accumulate`,
      found: '"discarding"',
      allowed: '"accumulating" (or leave it out), or semantics "flink"',
    });
  }
  return errors;
}

/** Kafka Streams settings a Flink job would silently ignore. */
function flinkProblems(job: Job, path: string): ScenarioError[] {
  const only = (field: 'graceMs' | 'emit', value: unknown, instead: string): ScenarioError => ({
    path: `${path}.${field}`,
    message: `is a Kafka Streams setting, but semantics is "${job.semantics ?? 'flink'}", so it would be ignored`,
    found: JSON.stringify(value),
    allowed: `semantics "kafka-streams", or leave ${field} out (Flink: ${instead})`,
  });
  const errors: ScenarioError[] = [];
  if (job.graceMs !== undefined)
    errors.push(only('graceMs', job.graceMs, 'window.allowedLatenessMs'));
  if (job.emit !== undefined) errors.push(only('emit', job.emit, 'window.earlyFiring'));
  return errors;
}

function checkSemantics(job: Job, path: string): ScenarioError[] {
  return job.semantics === 'kafka-streams'
    ? kafkaStreamsProblems(job, path)
    : flinkProblems(job, path);
}

/** A transactional sink commits when a checkpoint completes; without checkpoints, never. */
function checkSink(job: Job, path: string): ScenarioError | undefined {
  if (job.sink?.kind !== 'transactional' || job.checkpoint !== undefined) return undefined;
  return {
    path: `${path}.sink.kind`,
    message:
      'is "transactional", but the job takes no checkpoints: its results would be staged and never committed, so readers would never see any',
    found: '"transactional"',
    allowed:
      'a checkpoint ({ "intervalMs": ... }) on the job, or sink kind "append" or "idempotent-upsert"',
  };
}

/** Errors in the stream jobs of a scenario. */
export function checkStreamJobs(scenario: ScenarioCore, index: ScenarioIndex): ScenarioError[] {
  const errors: ScenarioError[] = [];
  (scenario.topology.streamJobs ?? []).forEach((job, j) => {
    const path = `$.topology.streamJobs[${j}]`;
    if (!index.partitions.has(job.sourceTopic))
      errors.push(missingTopicError(`${path}.sourceTopic`, job.sourceTopic, index));
    const assignerPath = `${path}.window.assigner`;
    for (const error of [
      checkOffset(job.window.assigner, assignerPath),
      checkWindowsPerRecord(job.window.assigner, assignerPath),
      job.semantics === 'kafka-streams' ? undefined : checkEarlyFiring(job, path),
      ...checkSemantics(job, path),
      checkSink(job, path),
    ]) {
      if (error !== undefined) errors.push(error);
    }
    const { overload, samplePercent, maxRecordsPerSecond: capacity } = job;
    const settings = { overload, samplePercent, capacity };
    errors.push(...checkOverloadSettings(settings, path, 'maxRecordsPerSecond', 'job'));
  });
  return errors;
}
