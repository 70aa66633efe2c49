// Property tests for the rules the cluster issue names: offsets stay monotonic through compaction,
// and with commit-after-processing no record is ever skipped, whatever crashes happen. Each
// failing case prints its seed (fast-check's report) so it can be replayed.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  type ScenarioModel,
  type TimedIntervention,
} from '../../../src/engine/index.ts';
import { buildScenario } from '../../support/scenarios.ts';
import { deliveryCounts, eventsOf } from '../../support/traceQueries.ts';

describe('log properties', () => {
  it('compaction preserves the offset of every surviving record, and offsets only grow', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 2, max: 20 }),
        (seed, keys) => {
          const base = buildScenario({
            seed,
            durationMs: 20_000,
            partitions: 2,
            producers: [
              {
                id: 'p1',
                topic: 'orders',
                rate: { kind: 'poisson', meanIntervalMs: 20 },
                keys: { kind: 'uniform', count: keys },
              },
            ],
          });
          const s: ScenarioModel = {
            ...base,
            topology: {
              ...base.topology,
              logCleanerBackoffMs: 500,
              topics: [
                { ...base.topology.topics[0]!, cleanupPolicy: 'compact', segmentRecords: 25 },
              ],
            },
          };
          const sim = createSimulation(s, { checkInvariantsEveryStep: true });
          sim.runUntil(s.durationMs);
          const appended = new Map(
            eventsOf(sim.trace(), 'record.appended').map((r) => [
              `${r.partition}@${r.offset}`,
              r.value,
            ]),
          );
          for (const p of sim.getState().partitions) {
            let last = -1;
            for (let o = p.logStartOffset; o < p.logEndOffset; o++) {
              const r = p.records[o];
              if (!r) continue;
              expect(r.offset, `seed ${seed}`).toBe(o);
              expect(r.offset).toBeGreaterThan(last);
              expect(r.value).toBe(appended.get(`${p.id}@${o}`));
              last = r.offset;
            }
          }
          expect(eventsOf(sim.trace(), 'log.compacted').length, `seed ${seed}`).toBeGreaterThan(0);
        },
      ),
      { numRuns: 10 },
    );
  });
});

describe('delivery properties', () => {
  it('with commit-after-processing, no record is skipped through crashes, restarts and rebalances', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.array(
          fc.tuple(fc.integer({ min: 1_000, max: 14_000 }), fc.constantFrom('c1', 'c2', 'c3')),
          { maxLength: 4 },
        ),
        (seed, crashes) => {
          const base = buildScenario({
            seed,
            durationMs: 40_000,
            partitions: 4,
            producers: [
              {
                id: 'p1',
                topic: 'orders',
                rate: { kind: 'poisson', meanIntervalMs: 15 },
                keys: { kind: 'uniform', count: 12 },
                stopAtMs: 15_000,
              },
            ],
            group: {
              sessionTimeoutMs: 3_000,
              heartbeatIntervalMs: 500,
              assignor: 'cooperative-sticky',
            },
            members: ['c1', 'c2', 'c3'].map((id) => ({
              id,
              commit: { mode: 'after-processing' },
              processingMsPerRecord: 2,
            })),
          });
          const interventions: TimedIntervention[] = crashes.flatMap(([at, c]) => [
            { atMs: at, type: 'consumer.crash' as const, target: c },
            { atMs: at + 4_000, type: 'consumer.restart' as const, target: c },
          ]);
          const sim = createSimulation(
            { ...base, interventions: interventions.sort((a, b) => a.atMs - b.atMs) },
            { checkInvariantsEveryStep: true },
          );
          sim.runUntil(base.durationMs);
          const skipped = [...deliveryCounts(sim.trace())]
            .filter(([, n]) => n === 0)
            .map(([r]) => r);
          expect(skipped, `seed ${seed}`).toEqual([]);
        },
      ),
      { numRuns: 12 },
    );
  });
});
