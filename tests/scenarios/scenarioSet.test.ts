// The checks across a set of scenarios: repeated ids and modules the course does not have.

import { describe, expect, it } from 'vitest';
import { checkScenarioSet } from '../../src/scenario/index.ts';

describe('checkScenarioSet', () => {
  it('finds a repeated id and names the file that used it first', () => {
    const problems = checkScenarioSet(
      [
        { source: 'a.json', scenario: { id: 'same', modules: ['M01'] } },
        { source: 'b.json', scenario: { id: 'same', modules: ['M01'] } },
      ],
      ['M01'],
    );
    expect(problems).toEqual([
      { source: 'b.json', message: 'id "same" is already used by a.json' },
    ]);
  });

  it('finds a module the outline does not list', () => {
    const problems = checkScenarioSet(
      [{ source: 'a.json', scenario: { id: 'a', modules: ['M01', 'M49'] } }],
      ['M01', 'M02'],
    );
    expect(problems).toEqual([
      {
        source: 'a.json',
        message: '$.modules[1] names module M49, which the course outline does not have',
      },
    ]);
  });
});
