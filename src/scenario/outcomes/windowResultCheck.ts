// The windowResult assertion: the results one window emits for one key, in order, each with its
// timing. It reads the `window.fired` events stream jobs emit,
// `{ job, key, window: [startMs, endMs], value, timing }`, of one job when it names one.

import type { TraceEvent, TraceEventOf } from '../../engine/index.ts';
import type { Assertion } from '../guided/guidedTypes.ts';
import { windowValuesWords } from './describeAssertion.ts';
import type { Verdict } from './outcomeTypes.ts';

type WindowResult = Extract<Assertion, { kind: 'windowResult' }>;
type WindowFired = TraceEventOf<'window.fired'>;

const isWindowFired = (event: TraceEvent): event is WindowFired => event.type === 'window.fired';

export function checkWindowResult(a: WindowResult, trace: readonly TraceEvent[]): Verdict {
  const fired = trace.filter(isWindowFired).filter((e) => a.job === undefined || e.job === a.job);
  const job = a.job === undefined ? '' : ` of job ${a.job}`;
  const expected = `window [${a.window[0]},${a.window[1]})${job} for key ${a.key} to emit ${windowValuesWords(a.values)}`;
  const emitted = fired.filter(
    (e) => e.key === a.key && e.window[0] === a.window[0] && e.window[1] === a.window[1],
  );
  const ok =
    emitted.length === a.values.length &&
    emitted.every((e, i) => e.value === a.values[i]?.value && e.timing === a.values[i]?.timing);
  // A run without any result at all usually means no stream job ran; say so.
  const found =
    fired.length === 0
      ? `nothing: there are no window.fired events${job} in this run`
      : windowValuesWords(emitted);
  return {
    ok,
    message: ok
      ? `${expected.replace(' to emit ', ' emitted ')}, as expected`
      : `expected ${expected}; it emitted ${found}`,
  };
}
