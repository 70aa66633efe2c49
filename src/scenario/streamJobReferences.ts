// Cross-reference checks for stream jobs: the source topic exists, a window offset is smaller in
// magnitude than the size (tumbling) or slide (sliding), as Flink's assigners require, and a
// sliding window's size is at most 100 slides, so no record lands in more than 100 windows.

import type { StreamJobSpec } from '../engine/index.ts';
import type { ScenarioIndex } from './crossReferenceIndex.ts';
import { missingTopicError } from './referenceErrors.ts';
import type { ScenarioError } from './scenarioError.ts';
import { WINDOWS_PER_RECORD_MAX } from './scenarioLimits.ts';
import type { ScenarioCore } from './scenarioSchemaV1.ts';

type Assigner = StreamJobSpec['window']['assigner'];

function checkOffset(assigner: Assigner, path: string): ScenarioError | undefined {
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

function checkWindowsPerRecord(assigner: Assigner, path: string): ScenarioError | undefined {
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
    ]) {
      if (error !== undefined) errors.push(error);
    }
  });
  return errors;
}
