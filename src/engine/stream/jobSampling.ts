// The `sample` overload policy of a stream job: while more records wait than the job can process
// in one poll, each record it reads is kept with probability samplePercent/100 and the others are
// dropped unprocessed, so a known share of the input is counted instead of its first part. The
// draws come from the job's own random stream, seeded from the run seed and the job's id, so the
// same run samples the same records and no other entity's draws move. Touches only the job.

import { createStream, type RngState } from '../core/prng.ts';
import { chance } from '../core/randomDraws.ts';
import { emit } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';

/** One poll's sampling: a private copy of the job's stream and what it kept and dropped. */
export interface PollSampler {
  readonly rng: RngState;
  readonly percent: number;
  kept: number;
  dropped: number;
}

/**
 * A sampler for this poll when the job samples and is over capacity (more records wait than its
 * budget), else null. The stream is copied, so a keyframe that shares the job's old array keeps it.
 */
export function startSampling(
  w: World,
  j: number,
  backlog: number,
  budget: number,
): PollSampler | null {
  const spec = w.scenario.topology.streamJobs![j]!;
  if (spec.overload !== 'sample' || backlog <= budget) return null;
  const job = w.m.streamJobs[j]!;
  const rng: RngState =
    job.sampleRng === undefined
      ? createStream(w.seed, `stream-job:${spec.id}`)
      : [...job.sampleRng];
  return { rng, percent: spec.samplePercent ?? 100, kept: 0, dropped: 0 };
}

/** Whether the next record is kept; counts it either way. */
export function keepRecord(s: PollSampler): boolean {
  const keep = chance(s.rng, s.percent, 100);
  if (keep) s.kept++;
  else s.dropped++;
  return keep;
}

/**
 * Stores the advanced stream and reports what the poll kept and dropped, even when the draws kept
 * everything, so the events add up to the share kept.
 */
export function finishSampling(w: World, j: number, s: PollSampler): void {
  const job = w.m.streamJobs[j]!;
  job.sampleRng = s.rng;
  if (s.kept + s.dropped === 0) return;
  job.shedCount += s.dropped;
  const id = w.scenario.topology.streamJobs![j]!.id;
  emit(w, { atMs: w.m.nowMs, type: 'records.sampled', job: id, kept: s.kept, dropped: s.dropped });
}
