import { describe, expect, test } from 'vitest';
import {
  appendToCurrent,
  createBranchSet,
  currentBranch,
  forkCurrent,
  selectBranch,
} from './branchSet.ts';

const crash = (target: string, atMs: number) => ({ type: 'consumer.crash', target, atMs }) as const;

describe('branch sets', () => {
  test('forking keeps the old branch whole and makes the new one current', () => {
    let set = createBranchSet([crash('c1', 100)]);
    set = appendToCurrent(set, crash('c2', 300));
    set = forkCurrent(set, [crash('c1', 100)], 200);
    set = appendToCurrent(set, crash('c3', 200));
    expect(currentBranch(set)).toEqual({
      id: 2,
      parentId: 1,
      forkAtMs: 200,
      interventions: [crash('c1', 100), crash('c3', 200)],
    });
    expect(set.branches[0]?.interventions).toEqual([crash('c1', 100), crash('c2', 300)]);
  });

  test('selecting an unknown branch changes nothing', () => {
    const set = createBranchSet([]);
    expect(selectBranch(set, 7)).toBe(set);
    expect(selectBranch(forkCurrent(set, [], 5), 1).currentId).toBe(1);
  });
});
