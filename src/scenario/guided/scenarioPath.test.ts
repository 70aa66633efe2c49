import { describe, expect, it } from 'vitest';
import { parseScenarioPath, resolveScenarioPath, setAtScenarioPath } from './scenarioPath.ts';

describe('scenario paths', () => {
  it('parses names and indexes under the settable roots', () => {
    expect(parseScenarioPath('$.topology.consumerGroups[0].sessionTimeoutMs')).toEqual([
      'topology',
      'consumerGroups',
      0,
      'sessionTimeoutMs',
    ]);
    expect(parseScenarioPath('$.durationMs')).toEqual(['durationMs']);
  });

  it.each([
    '$',
    'topology',
    '$.id',
    '$.variants[0]',
    '$.topology.__proto__',
    '$.topology[01]',
    '$.topology..x',
    "$['topology']",
  ])('refuses %j', (path) => {
    expect(parseScenarioPath(path)).toBeUndefined();
  });

  it('resolves own properties only and sets only what resolves', () => {
    const root = { topology: { topics: [{ name: 'orders', partitions: 3 }] } };
    expect(resolveScenarioPath(root, '$.topology.topics[0].partitions')).toBe(3);
    expect(resolveScenarioPath(root, '$.topology.topics[0].toString')).toBeUndefined();
    expect(setAtScenarioPath(root, '$.topology.topics[0].partitions', 6)).toBe(true);
    expect(root.topology.topics[0]?.partitions).toBe(6);
    expect(setAtScenarioPath(root, '$.topology.topics[1].partitions', 6)).toBe(false);
    expect(setAtScenarioPath(root, '$.topology.topics[0].replicas', 6)).toBe(false);
  });
});
