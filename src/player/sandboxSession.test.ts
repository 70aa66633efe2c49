import { describe, expect, test } from 'vitest';
import {
  createSimulation,
  formatTraceText,
  type Intervention,
  type Simulation,
} from '../engine/index.ts';
import { createPlayerStore } from './playerStore.ts';
import { createSandboxSession, type SandboxSessionOptions } from './sandboxSession.ts';
import { branchingScenario } from './testing/branchingScenario.ts';
import { createManualTickSource } from './tickSource.ts';

const CRASH_C1: Intervention = { type: 'consumer.crash', target: 'c1' };
const CRASH_C2: Intervention = { type: 'consumer.crash', target: 'c2' };

function setUp(extra: Partial<SandboxSessionOptions> = {}) {
  const store = createPlayerStore();
  const session = createSandboxSession({
    scenario: branchingScenario(),
    createSimulation,
    tickSource: createManualTickSource(),
    store,
    ...extra,
  });
  const seek = (tMs: number): void => session.getSnapshot().controller.send({ type: 'SEEK', tMs });
  const sim = (): Simulation => session.getSnapshot().sim;
  const traceText = (): string => formatTraceText(sim().trace());
  return { store, session, seek, sim, traceText };
}

describe('createSandboxSession', () => {
  test('an applied command runs at once and is recorded on the current branch', () => {
    const { session, seek, sim } = setUp();
    seek(5000);
    const applied = session.apply(CRASH_C1);
    expect(applied).toEqual({ intervention: { ...CRASH_C1, atMs: 5000 }, newBranchId: null });
    const types = sim()
      .traceSlice(sim().traceLength() - 2, sim().traceLength())
      .map((e) => e.type);
    expect(types).toContain('intervention.applied');
    expect(session.getSnapshot().branches.branches).toHaveLength(1);
    expect(session.getSnapshot().branches.branches[0]?.interventions).toEqual([
      { ...CRASH_C1, atMs: 5000 },
    ]);
  });

  test('two commands at one paused moment stay on one branch', () => {
    const { session, seek } = setUp();
    seek(5000);
    session.apply(CRASH_C1);
    expect(session.apply(CRASH_C2)?.newBranchId).toBeNull();
    expect(session.getSnapshot().branches.branches[0]?.interventions).toHaveLength(2);
  });

  test('applying before a recorded command forks a branch; switching restores each trace exactly', () => {
    const { session, seek, traceText } = setUp();
    seek(5000);
    session.apply(CRASH_C1);
    seek(12_000);
    const traceA = traceText();
    seek(3000);
    expect(session.apply(CRASH_C2)?.newBranchId).toBe(2);
    const { branches } = session.getSnapshot();
    expect(branches.branches.map((branch) => branch.interventions.map((i) => i.target))).toEqual([
      ['c1'],
      ['c2'],
    ]);
    seek(12_000);
    const traceB = traceText();
    expect(traceB).not.toBe(traceA);
    session.switchBranch(1);
    expect(session.getSnapshot().sim.nowMs()).toBe(12_000);
    expect(traceText()).toBe(traceA);
    session.switchBranch(2);
    expect(traceText()).toBe(traceB);
  });

  test('a seek back to exactly the time of a command undoes it, so a new command forks', () => {
    const { session, seek } = setUp();
    seek(5000);
    session.apply(CRASH_C1);
    seek(8000);
    seek(5000);
    expect(session.apply(CRASH_C2)?.newBranchId).toBe(2);
    expect(session.getSnapshot().branches.branches[1]?.interventions).toEqual([
      { ...CRASH_C2, atMs: 5000 },
    ]);
  });

  test('a session rebuilt from seed, interventions and position matches the original exactly', () => {
    const original = setUp();
    original.seek(4000);
    original.session.getSnapshot().controller.send({ type: 'STEP_FORWARD' });
    original.session.apply(CRASH_C1);
    original.session.getSnapshot().controller.send({ type: 'STEP_FORWARD' });
    const { sim, branches } = original.session.getSnapshot();
    const copy = setUp({
      seed: sim.seed,
      interventions: branches.branches[0]?.interventions ?? [],
      position: { tMs: sim.nowMs(), traceLength: sim.traceLength() },
    });
    expect(copy.sim().nowMs()).toBe(sim.nowMs());
    expect(copy.traceText()).toBe(original.traceText());
    expect(copy.store.getState().status).toBe('paused');
  });

  test('a new seed replays the same interventions at the same time', () => {
    const { session, seek, sim, store } = setUp();
    seek(5000);
    session.apply(CRASH_C1);
    seek(9000);
    session.setSeed(99);
    expect(sim().seed).toBe(99);
    expect(store.getState().seed).toBe(99);
    expect(sim().nowMs()).toBe(9000);
    expect(sim().interventions()).toEqual([{ ...CRASH_C1, atMs: 5000 }]);
  });

  test('nothing is applied once the run has ended', () => {
    const { session, seek } = setUp();
    seek(20_000);
    expect(session.apply(CRASH_C1)).toBeNull();
  });

  test('an engine failure while applying lands in the store', () => {
    const { session, seek, store } = setUp();
    seek(1000);
    expect(session.apply({ type: 'consumer.crash', target: 'nobody' })).toBeNull();
    expect(store.getState().error?.message).toMatch(/nobody/);
  });
});
