// The fault schedule of a generated stream job, drawn from the seed's own 'job-faults' stream so
// the cluster's schedule stays as it was: task failures (`job.fail`, after which the job restarts
// from its last completed checkpoint) at random times before the heal, and at the heal (or at
// `stopAtMs`) every producer of the job's topic stops for good, so the job can drain.

import type { FaultSchedule } from './generateFaults.ts';
import type { RawObject, RawProducer } from './generateTopology.ts';
import { chance, intBetween, type SimRandom } from './simRandom.ts';

const JOB_FAILURES_MAX = 5;

/**
 * Every fault label of stream jobs, for the report: task failures scheduled here, clock jumps
 * drawn into the producers' clocks (generateJobStream.ts) and a capacity the input's bursts exceed,
 * met by backpressure or by shedding (generateJob.ts).
 */
export const JOB_FAULT_LABELS: readonly string[] = [
  'job.fail',
  'clock.jump:forward',
  'clock.jump:back',
  'job.capacity:backpressure',
  'job.capacity:shed',
];

/**
 * @example
 * const { interventions, labels } = generateJobFaults(createSimRandom(7, 'job-faults'), ['j1'], producers, 24_000);
 */
export function generateJobFaults(
  rng: SimRandom,
  jobs: readonly string[],
  producers: readonly RawProducer[],
  healMs: number,
  stopAtMs = healMs,
): FaultSchedule {
  const failures: RawObject[] = [];
  for (const job of jobs) {
    // A fifth of the jobs never fail, so liveness is also judged without any restore.
    const count = chance(rng, 1, 5) ? 0 : intBetween(rng, 1, JOB_FAILURES_MAX);
    for (let i = 0; i < count; i++)
      failures.push({ atMs: intBetween(rng, 1, healMs - 1), type: 'job.fail', target: job });
  }
  failures.sort((a, b) => (a.atMs as number) - (b.atMs as number));
  const stops = producers.map((p) => ({ atMs: stopAtMs, type: 'producer.stop', target: p.id }));
  return { interventions: [...failures, ...stops], labels: failures.map(() => 'job.fail') };
}
