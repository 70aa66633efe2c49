import { describe, expect, it } from 'vitest';
import { formatScenarioErrors, parseScenario } from './index.ts';
import { guidedFullScenario } from './testScenarios.ts';

describe('a version 2 scenario using every guided part', () => {
  it('parses, keeping the guided parts as written', () => {
    const result = parseScenario(guidedFullScenario());
    if (!result.ok) throw new Error(formatScenarioErrors(result.errors));
    expect(result.scenario.schemaVersion).toBe(2);
    expect(result.scenario.narration.map((s) => s.trigger.kind)).toEqual([
      'onNext',
      'onEvent',
      'atTime',
    ]);
    expect(result.scenario.expect.map((a) => a.kind)).toEqual([
      'groupState',
      'lag',
      'lagReaches',
      'deliveries',
      'eventCount',
      'windowResult',
    ]);
  });
});
