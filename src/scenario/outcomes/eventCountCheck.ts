// The eventCount assertion: how many trace events of a type, with the given field values, happen
// before an optional time.

import type { TraceEvent } from '../../engine/index.ts';
import { eventMatches } from '../guided/resolveTrigger.ts';
import type { Assertion } from '../guided/guidedTypes.ts';
import { bound, compare, ms } from './compare.ts';
import { whereWords } from './describeAssertion.ts';
import type { Verdict } from './outcomeTypes.ts';

type EventCount = Extract<Assertion, { kind: 'eventCount' }>;

export function checkEventCount(a: EventCount, trace: readonly TraceEvent[]): Verdict {
  const byMs = a.byMs ?? Number.POSITIVE_INFINITY;
  const found = trace.filter((e) => e.atMs < byMs && eventMatches(e, a.eventType, a.where)).length;
  const ok = compare(found, a.op, a.count);
  const what = `${a.eventType} events${whereWords(a.where)}${a.byMs === undefined ? '' : ` before ${ms(a.byMs)}`}`;
  return {
    ok,
    message: ok
      ? `${found} ${what}, as expected (${bound(a.op, a.count)})`
      : `expected ${bound(a.op, a.count)} ${what}, found ${found}`,
  };
}
