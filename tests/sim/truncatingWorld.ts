// A world whose one partition an unclean leader election truncates below what its readers have
// read, shared by the regression tests of the stream job and the dataflow source.
//
// b2, a follower, crashes at 3 s and leaves the ISR; b1 leads alone until it crashes at 6 s; b2
// returns at 7 s and is elected uncleanly with the 60 records written up to 3 s. A reader has read
// about 118 by then; the producer writes on to b2, one record every 50 ms.

import {
  formatScenarioErrors,
  parseScenario,
  type ScenarioFile,
} from '../../src/scenario/index.ts';

/** The world with `readers` (stream jobs and/or dataflows) added to its topology. */
export function truncatingWorld(
  id: string,
  readers: { readonly streamJobs?: unknown[]; readonly dataflows?: unknown[] },
): ScenarioFile {
  const raw = {
    schemaVersion: 1,
    id,
    title: 'Readers after an unclean election',
    summary: 'An unclean election truncates the log below what its readers have read.',
    modules: ['M15'],
    seed: 1,
    durationMs: 16_000,
    topology: {
      brokerSessionTimeoutMs: 1000,
      brokers: [
        { id: 'b1', networkDelayMs: 1 },
        { id: 'b2', networkDelayMs: 1 },
      ],
      topics: [
        {
          name: 'events',
          partitions: 1,
          replicationFactor: 2,
          minInsyncReplicas: 1,
          uncleanLeaderElection: true,
          replicaLagTimeMaxMs: 500,
        },
      ],
      producers: [
        {
          id: 'p1',
          topic: 'events',
          rate: { kind: 'constant', intervalMs: 50 },
          keys: { kind: 'uniform', count: 2 },
          acks: '1',
          idempotence: false,
          values: { kind: 'integer', min: 1, max: 1 },
          lingerMs: 0,
        },
      ],
      consumerGroups: [],
      ...readers,
    },
    interventions: [
      { atMs: 3000, type: 'broker.crash', target: 'b2' },
      { atMs: 6000, type: 'broker.crash', target: 'b1' },
      { atMs: 7000, type: 'broker.restart', target: 'b2' },
    ],
  };
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(formatScenarioErrors(parsed.errors));
  return parsed.scenario;
}
