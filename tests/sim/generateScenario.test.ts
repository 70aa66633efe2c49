// Tests of the scenario generator: it is a pure function of the seed, and over the default sweep
// it reaches every kind of thing it claims to draw, so the sweep covers what it says it covers.

import { describe, expect, it } from 'vitest';
import { FAULT_KINDS } from './faultKinds.ts';
import { generateScenario } from './generateScenario.ts';

const generated = Array.from({ length: 200 }, (_, i) => generateScenario(i + 1));

function seen(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

describe('generateScenario', () => {
  it('gives the same scenario for the same seed', () => {
    expect(JSON.stringify(generateScenario(42).raw)).toBe(JSON.stringify(generateScenario(42).raw));
    expect(JSON.stringify(generateScenario(42).raw)).not.toBe(
      JSON.stringify(generateScenario(43).raw),
    );
  });

  it('keeps runs between 20 and about 60 seconds and heals at three fifths', () => {
    for (const g of generated) {
      expect(g.scenario.durationMs).toBeGreaterThanOrEqual(20_000);
      expect(g.scenario.durationMs).toBeLessThanOrEqual(62_000);
      expect(g.healMs).toBe(Math.floor((g.scenario.durationMs * 3) / 5));
    }
  });

  it('puts every fault before the heal and nothing after it', () => {
    for (const g of generated)
      expect(g.scenario.interventions.every((i) => i.atMs <= g.healMs)).toBe(true);
  });

  it('reaches every fault kind, assignor, commit mode, rate and key model over seeds 1 to 200', () => {
    const topologies = generated.map((g) => g.scenario.topology);
    const members = topologies.flatMap((t) => t.consumerGroups.flatMap((g) => g.members));
    const producers = topologies.flatMap((t) => t.producers);
    const faults = generated.flatMap((g) =>
      g.scenario.interventions.filter((i) => i.atMs < g.healMs),
    );
    expect(seen(faults.map((f) => f.type))).toEqual(seen(FAULT_KINDS.map((k) => k.type)));
    expect(seen(topologies.flatMap((t) => t.consumerGroups.map((g) => g.assignor)))).toEqual([
      'cooperative-sticky',
      'range',
      'roundrobin',
      'sticky',
    ]);
    expect(seen(members.map((m) => m.commit.mode))).toEqual([
      'after-processing',
      'auto',
      'before-processing',
    ]);
    expect(seen(producers.map((p) => p.rate.kind))).toEqual([
      'bursts',
      'constant',
      'poisson',
      'scripted',
    ]);
    expect(seen(producers.map((p) => p.keys.kind))).toEqual(['hot', 'null', 'uniform', 'zipf']);
    expect(members.some((m) => m.groupInstanceId !== undefined)).toBe(true);
    expect(members.some((m) => m.joinAtMs === undefined)).toBe(true);
  });
});
