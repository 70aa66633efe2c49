// What one seed exercised of dataflows, as counts the sweep's --report sums next to the cluster's
// and the stream jobs': the operators, modes and sinks drawn, and what the runs did (restores,
// late firings and drops, expired state, backpressure, checkpoints, liveness and which
// failure-free comparisons could be made, or why not).

import type { ScenarioFile } from '../../src/scenario/index.ts';
import type { DataflowChecks } from './dataflowCheckState.ts';

export function dataflowCoverage(
  scenario: ScenarioFile,
  flows: DataflowChecks,
): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (key: string, n = 1): void => {
    if (n > 0) counts[key] = (counts[key] ?? 0) + n;
  };
  for (const spec of scenario.topology.dataflows ?? []) {
    add(`dataflows in ${spec.mode ?? 'continuous'} mode`);
    if (spec.checkpoint !== undefined) add('dataflows with checkpoints');
    for (const op of spec.operators) {
      add(`dataflow operators: ${op.kind}${op.kind === 'sink' ? ` ${op.sink}` : ''}`);
      if ((op.parallelism ?? 1) > 1) add('dataflow operators with parallelism > 1');
      if (op.recordsPerSecond !== undefined) add('dataflow operators with a capacity');
    }
    const f = flows.flows.get(spec.id);
    if (f === undefined) continue;
    add('dataflow restores after a failure', f.restores);
    add('dataflow late firings', f.lateFirings);
    add('dataflow records dropped late', f.dropped);
    add('dataflow state entries expired', f.expired);
    add('dataflow backpressure episodes', f.backpressured);
    add('dataflow checkpoints completed', f.completed.size);
    add('dataflow sink writes', f.outputs);
    if (f.liveness !== undefined) add(`dataflow liveness ${f.liveness}`);
    for (const outcome of f.comparisons.values())
      add(`dataflow sinks vs the failure-free run: ${outcome}`);
  }
  return counts;
}
