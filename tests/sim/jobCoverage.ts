// What one seed exercised of stream jobs, as counts the sweep's --report sums next to the cluster's:
// the semantics, windows and sinks drawn, and what the runs did (restores, late and early
// firings, drops, shedding, checkpoints, and which failure-free comparisons could be made).

import type { WorldView } from '../../src/engine/index.ts';
import type { ScenarioFile } from '../../src/scenario/index.ts';
import type { JobChecks } from './jobCheckState.ts';

export function jobCoverage(
  scenario: ScenarioFile,
  jobs: JobChecks,
  view: WorldView,
): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (key: string, n = 1): void => {
    if (n > 0) counts[key] = (counts[key] ?? 0) + n;
  };
  for (const spec of scenario.topology.streamJobs ?? []) {
    const flink = (spec.semantics ?? 'flink') === 'flink';
    add(`jobs with ${flink ? 'flink' : `kafka-streams ${spec.emit ?? 'on-update'}`} semantics`);
    add(`jobs with ${spec.window.assigner.kind} windows`);
    add(`jobs with a ${spec.sink?.kind ?? 'no'} sink`);
    if (flink && spec.window.allowedLatenessMs > 0) add('jobs with allowed lateness');
    if (spec.window.earlyFiring !== undefined) add('jobs with early firings');
    if (spec.watermarks.idleTimeoutMs !== undefined) add('jobs with idleness');
    if (spec.checkpoint !== undefined) add('jobs with checkpoints');
    const j = jobs.jobs.get(spec.id);
    if (j === undefined) continue;
    add('job restores after a failure', j.restores);
    add('job late firings', j.lateFirings);
    add('job early firings', j.earlyFirings);
    add('job records dropped late', j.dropped.size);
    add('job records shed', j.shed);
    add('job checkpoints completed', j.checkpointsCompleted.size);
    add('job windows fired', j.fired.size);
    if (j.comparison !== undefined) add(`job sinks vs the failure-free run: ${j.comparison}`);
  }
  for (const job of view.streamJobs) add('job results in sinks at the end', job.sinkOutput.length);
  return counts;
}
