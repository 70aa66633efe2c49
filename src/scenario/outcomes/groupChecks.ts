// The assertions about a consumer group over time: its state at a time, its lag at a time, and
// whether its lag falls to a value within a time span. They read GroupFacts at chosen times;
// probeTimes says which times, so the caller can visit them in order with one forward run.

import type { TraceEvent } from '../../engine/index.ts';
import type { Assertion } from '../guided/guidedTypes.ts';
import { bound, compare, ms } from './compare.ts';
import type { GroupFacts, GroupFactsAt, Verdict } from './outcomeTypes.ts';

type Of<K extends Assertion['kind']> = Extract<Assertion, { kind: K }>;

/**
 * The instants lag can reach a minimum in [afterMs, byMs): lag only falls when the group commits,
 * so the lowest lag is just after one of its commits. The view at `t + 1` shows everything at `t`.
 */
function commitProbes(a: Of<'lagReaches'>, trace: readonly TraceEvent[]): number[] {
  const afterMs = a.afterMs ?? 0;
  const times = new Set<number>();
  for (const event of trace) {
    if (event.type !== 'offset.committed' || event.group !== a.group) continue;
    if (event.atMs >= afterMs && event.atMs < a.byMs) times.add(event.atMs + 1);
  }
  return [...times];
}

/** The times at which a group assertion reads the world; none for the other kinds. */
export function probeTimes(a: Assertion, trace: readonly TraceEvent[]): number[] {
  if (a.kind === 'groupState' || a.kind === 'lag') return [a.atMs];
  if (a.kind === 'lagReaches') return commitProbes(a, trace);
  return [];
}

function factsOf(group: string, tMs: number, factsAt: GroupFactsAt): GroupFacts | string {
  return factsAt(tMs).get(group) ?? `group ${group} is not in the world at ${ms(tMs)}`;
}

export function checkGroupState(a: Of<'groupState'>, factsAt: GroupFactsAt): Verdict {
  const facts = factsOf(a.group, a.atMs, factsAt);
  if (typeof facts === 'string') return { ok: false, message: facts };
  const ok = facts.state === a.state;
  return {
    ok,
    message: ok
      ? `group ${a.group} is ${a.state} at ${ms(a.atMs)}, as expected`
      : `expected group ${a.group} to be ${a.state} at ${ms(a.atMs)}, but it is ${facts.state}`,
  };
}

export function checkLag(a: Of<'lag'>, factsAt: GroupFactsAt): Verdict {
  const facts = factsOf(a.group, a.atMs, factsAt);
  if (typeof facts === 'string') return { ok: false, message: facts };
  const ok = compare(facts.lagRecords, a.op, a.value);
  const expected = bound(a.op, a.value);
  return {
    ok,
    message: ok
      ? `lag of group ${a.group} at ${ms(a.atMs)} is ${facts.lagRecords} records, as expected (${expected})`
      : `expected lag of group ${a.group} at ${ms(a.atMs)} to be ${expected} records, found ${facts.lagRecords}`,
  };
}

export function checkLagReaches(
  a: Of<'lagReaches'>,
  trace: readonly TraceEvent[],
  factsAt: GroupFactsAt,
): Verdict {
  const span = `between ${ms(a.afterMs ?? 0)} and ${ms(a.byMs)}`;
  const expected = `expected lag of group ${a.group} to fall to ${a.value} or less ${span}`;
  let lowest: { lag: number; atMs: number } | undefined;
  for (const t of commitProbes(a, trace).sort((x, y) => x - y)) {
    const lag = factsAt(t).get(a.group)?.lagRecords;
    if (lag === undefined) continue;
    if (lag <= a.value) {
      return {
        ok: true,
        message: `lag of group ${a.group} fell to ${lag} at ${ms(t - 1)} (${span})`,
      };
    }
    if (lowest === undefined || lag < lowest.lag) lowest = { lag, atMs: t - 1 };
  }
  return {
    ok: false,
    message:
      lowest === undefined
        ? `${expected}, but the group committed no offsets ${span}`
        : `${expected}; the lowest after a commit was ${lowest.lag} at ${ms(lowest.atMs)}`,
  };
}
