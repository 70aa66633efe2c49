// What one seed exercised of the cluster, as counts the sweep's --report sums: the replication,
// acks and log settings drawn, and the elections, truncations and acknowledged records the run
// produced. A sweep whose figures show none of something has not tested it.

import type { ScenarioFile } from '../../src/scenario/index.ts';
import type { ClusterCheckState } from './clusterChecks.ts';

export function clusterCoverage(
  scenario: ScenarioFile,
  cluster: ClusterCheckState,
  ackedChecked: number,
): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (key: string, n = 1): void => {
    if (n > 0) counts[key] = (counts[key] ?? 0) + n;
  };
  for (const t of scenario.topology.topics) {
    add(`topics with replicationFactor ${t.replicationFactor ?? 1}`);
    if ((t.minInsyncReplicas ?? 1) >= 2) add('topics with minInsyncReplicas >= 2');
    if (t.uncleanLeaderElection === true) add('topics with unclean election enabled');
    if ((t.cleanupPolicy ?? 'delete') !== 'delete') add('topics compacted');
    else if (t.retentionRecords !== undefined) add('topics with retention');
  }
  for (const p of scenario.topology.producers) add(`producers with acks ${p.acks ?? 'all'}`);
  add('leader elections', cluster.seen.elections);
  add('partitions with an unclean election', cluster.unclean.size);
  add('high watermarks lowered', cluster.seen.hwLowered);
  add('replica truncations', cluster.seen.truncations);
  add('partitions guarded against acked loss', cluster.acked.size);
  add('acked records checked against the final log', ackedChecked);
  return counts;
}
