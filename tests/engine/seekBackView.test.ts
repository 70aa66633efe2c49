import { expect, it } from 'vitest';
import { createSimulation } from '../../src/engine/index.ts';
import { buildScenario } from '../support/scenarios.ts';

it('after seeking back, the partition view holds no record from the abandoned future', () => {
  const base = buildScenario({ durationMs: 14_000, partitions: 2 });
  const records = Array.from({ length: 320 }, (_, i) => ({
    atMs: 50 + i * 25,
    key: `k${i % 4}`,
    value: String(1 + (i % 5)),
  }));
  const s = {
    ...base,
    topology: {
      ...base.topology,
      consumerGroups: [],
      producers: [{ ...base.topology.producers[0]!, rate: { kind: 'scripted' as const, records } }],
    },
  };
  const back = createSimulation(s);
  back.runUntil(14_000);
  back.seek(6_123);
  const straight = createSimulation(s);
  straight.runUntil(6_123);
  for (const p of back.getState().partitions) {
    expect(p.records.length).toBe(p.logEndOffset);
    expect(p.records.every((r) => r === undefined || r.atMs <= 6_123)).toBe(true);
  }
  expect(back.getState()).toEqual(straight.getState());
});
