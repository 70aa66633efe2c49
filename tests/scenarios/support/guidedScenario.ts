// Builders for the scenario tests: a small valid version 2 scenario as raw JSON (a fresh copy per
// call, so a test may change it), and a fake finished run made of a hand-written trace and
// world views, so assertion checks can be tested without the engine.

import type { GroupState, TraceEvent, WorldView } from '../../../src/engine/index.ts';
import {
  formatScenarioErrors,
  parseScenario,
  type OutcomeRun,
  type ScenarioError,
  type ScenarioFile,
} from '../../../src/scenario/index.ts';

/** One broker, topic `orders` (3 partitions), producer p1, group g1 with consumer c1, 10 s. */
export function guidedScenario(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 2,
    id: 'guided',
    title: 'Guided',
    summary: 'A small guided scenario for tests.',
    modules: ['M15'],
    seed: 1,
    durationMs: 10_000,
    topology: {
      brokers: [{ id: 'b1' }],
      topics: [{ name: 'orders', partitions: 3 }],
      producers: [{ id: 'p1', topic: 'orders', rate: { kind: 'constant', intervalMs: 100 } }],
      consumerGroups: [
        {
          id: 'g1',
          topics: ['orders'],
          sessionTimeoutMs: 10_000,
          members: [{ id: 'c1', joinAtMs: 0 }],
        },
      ],
    },
    system: 'kafka',
    ...extra,
  };
}

/** Parses a value that must be valid, failing with the formatted errors otherwise. */
export function parsedScenario(input: unknown): ScenarioFile {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(formatScenarioErrors(result.errors));
  return result.scenario;
}

/** Parses a value that must fail, and returns its errors. */
export function errorsOf(input: unknown): ScenarioError[] {
  const result = parseScenario(input);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.errors;
}

/** A group as a WorldView shows it; only state and lag matter to the checker. */
export function groupView(id: string, state: GroupState, lag: Record<string, number>) {
  return {
    id,
    state,
    generation: 1,
    leader: null,
    assignor: 'range',
    members: [],
    assignment: {},
    committed: {},
    lag,
  };
}

/**
 * A run whose world at time t is `views(t)` and which records every time asked, so tests can
 * check that the checker visits times in increasing order.
 */
export function fakeRun(
  trace: readonly TraceEvent[],
  groupsAt: (tMs: number) => ReturnType<typeof groupView>[],
): OutcomeRun & { readonly asked: number[] } {
  const asked: number[] = [];
  const stateAt = (tMs: number): WorldView => {
    asked.push(tMs);
    return {
      nowMs: tMs,
      seed: 1,
      partitions: [],
      consumers: [],
      groups: groupsAt(tMs),
      producers: [],
    } as unknown as WorldView;
  };
  return { trace, stateAt, asked };
}
