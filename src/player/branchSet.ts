// The branches of a session: each is the list of interventions applied live on it. Applying a
// command after seeking back before an earlier one starts a new branch instead of overwriting the
// old future, and every branch stays selectable. Pure data and pure functions; the session
// (sandboxSession.ts) rebuilds simulations from them.

import type { TimedIntervention } from '../engine/index.ts';

export interface Branch {
  /** 1 for the first branch, then counting up in creation order. */
  readonly id: number;
  /** The branch this one split from, or null for the first. */
  readonly parentId: number | null;
  /** Virtual time of the split, or null for the first branch. */
  readonly forkAtMs: number | null;
  /** Interventions applied live on this branch, in the order the engine runs them. */
  readonly interventions: readonly TimedIntervention[];
}

export interface BranchSet {
  readonly branches: readonly Branch[];
  readonly currentId: number;
}

/**
 * A set holding one branch with the given interventions.
 *
 * @example
 * createBranchSet([]); // { branches: [{ id: 1, parentId: null, forkAtMs: null, interventions: [] }], currentId: 1 }
 */
export function createBranchSet(interventions: readonly TimedIntervention[]): BranchSet {
  return {
    branches: [{ id: 1, parentId: null, forkAtMs: null, interventions: [...interventions] }],
    currentId: 1,
  };
}

/** The branch being played. */
export function currentBranch(set: BranchSet): Branch {
  const branch = set.branches.find((candidate) => candidate.id === set.currentId);
  if (branch === undefined) throw new Error(`branch ${set.currentId} is missing from its set`);
  return branch;
}

/** Adds an intervention at the end of the current branch. */
export function appendToCurrent(set: BranchSet, intervention: TimedIntervention): BranchSet {
  return {
    ...set,
    branches: set.branches.map((branch) =>
      branch.id === set.currentId
        ? { ...branch, interventions: [...branch.interventions, intervention] }
        : branch,
    ),
  };
}

/**
 * Starts a new branch from the current one at `forkAtMs` with the given interventions, and makes
 * it current. The old branch is kept unchanged.
 */
export function forkCurrent(
  set: BranchSet,
  interventions: readonly TimedIntervention[],
  forkAtMs: number,
): BranchSet {
  const id = Math.max(...set.branches.map((branch) => branch.id)) + 1;
  const branch: Branch = {
    id,
    parentId: set.currentId,
    forkAtMs,
    interventions: [...interventions],
  };
  return { branches: [...set.branches, branch], currentId: id };
}

/** Makes `branchId` current; an unknown id leaves the set as it is. */
export function selectBranch(set: BranchSet, branchId: number): BranchSet {
  return set.branches.some((branch) => branch.id === branchId)
    ? { ...set, currentId: branchId }
    : set;
}
