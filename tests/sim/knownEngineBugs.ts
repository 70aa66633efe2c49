// Seeds that expose a diagnosed engine bug not fixed yet. The default sweep skips them with a
// warning instead of failing, so the rest of the sweep keeps guarding against regressions, while
// `npm run sweep -- --seeds 1 --from <seed>` still runs them and prints the failure. Remove a
// seed once its bug is fixed, and add it to REGRESSION_SEEDS if it lies beyond the default range.
// Every bug the sweep has found so far is fixed: a held SyncGroup never answered, a trace event
// sharing the live assignment, the ones found when the sweep grew to cover replication, broker
// faults and poison records, three in members leaving and rejoining, and compaction gaps an
// unclean election left in the new leader's active segment, and a fetch that counted compaction
// gaps against max.poll.records, and a follower whose fetch was parked at a leader that then
// died (REGRESSION_SEEDS).

export interface KnownEngineBug {
  readonly seed: number;
  readonly diagnosis: string;
}

/** Failing seeds by bug; empty while every known bug is fixed. */
export const KNOWN_ENGINE_BUGS: readonly KnownEngineBug[] = [
  // Fixed since they were found: OFFLINE_VIEW, DEAD_LETTER_TO_DEAD_BROKER, POISON_NEVER_COMMITTED,
  // STALE_FOLLOWER_STATE_AFTER_ELECTION and REMOVED_MEMBER_KEEPS_PARTITIONS (seeds 1704 and 2181:
  // a removed member now gets UNKNOWN_MEMBER_ID, loses its partitions and rejoins under a new id;
  // tests/engine/kafka/removedMemberRejoins.test.ts). Their seeds run in the sweep again.
];

/**
 * Seeds beyond the default range (1 to 200) whose bug is fixed: the default sweep runs them too,
 * so it fails if the bug comes back. 1704 and 2181: a removed member kept its partitions; 554: a
 * static member that took over its record was never expired again (71, in range, found the
 * crash at a revocation's commit that let a dead consumer rejoin). 20197 was a false alarm of the
 * checker, not an engine bug: its dataflow source reset to the log start after an unclean election
 * and counted early records twice, as Flink does, so the failure-free comparison must skip it.
 * 90611: a follower parked at a leader that died never fetched from the new one, so the high
 * watermark stayed one batch short of the log end for good.
 */
export const REGRESSION_SEEDS: readonly number[] = [554, 1704, 2181, 20197, 60112, 70248, 90611];

/** The known bug a seed exposes, if any. */
export function knownBugFor(seed: number): KnownEngineBug | undefined {
  return KNOWN_ENGINE_BUGS.find((b) => b.seed === seed);
}
