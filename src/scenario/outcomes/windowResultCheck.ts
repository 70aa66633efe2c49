// The windowResult assertion: the results one window emits for one key, in order, each with its
// timing. It reads `window.fired` events ({ key, window: [startMs, endMs], value, timing }), which
// the engine emits from stream jobs; scenario files cannot declare those yet, so a run without any
// window.fired fails and says it cannot be checked.

import type { TraceEvent } from '../../engine/index.ts';
import type { Assertion } from '../guided/guidedTypes.ts';
import { windowValuesWords } from './describeAssertion.ts';
import type { Verdict } from './outcomeTypes.ts';

type WindowResult = Extract<Assertion, { kind: 'windowResult' }>;

interface WindowFired {
  readonly key: string;
  readonly window: readonly [number, number];
  readonly value: number | string;
  /** Not narrowed to WindowTiming: an engine value outside it simply fails to match. */
  readonly timing: string;
}

/** Reads a trace event as window.fired, checking every field, since the union does not list it. */
function asWindowFired(event: TraceEvent): WindowFired | undefined {
  const e = event as unknown as Readonly<Record<string, unknown>>;
  if (e['type'] !== 'window.fired') return undefined;
  const [key, window, value, timing] = [e['key'], e['window'], e['value'], e['timing']];
  const validWindow =
    Array.isArray(window) && window.length === 2 && window.every((n) => typeof n === 'number');
  if (typeof key !== 'string' || !validWindow || typeof timing !== 'string') return undefined;
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  return { key, window: window as [number, number], value, timing };
}

export function checkWindowResult(a: WindowResult, trace: readonly TraceEvent[]): Verdict {
  const fired = trace.map(asWindowFired).filter((e) => e !== undefined);
  const expected = `window [${a.window[0]},${a.window[1]}) for key ${a.key} to emit ${windowValuesWords(a.values)}`;
  if (fired.length === 0) {
    return {
      ok: false,
      message: `not checkable: no window.fired events in this engine yet (expected ${expected})`,
    };
  }
  const emitted = fired.filter(
    (e) => e.key === a.key && e.window[0] === a.window[0] && e.window[1] === a.window[1],
  );
  const ok =
    emitted.length === a.values.length &&
    emitted.every((e, i) => e.value === a.values[i]?.value && e.timing === a.values[i]?.timing);
  const found = windowValuesWords(emitted);
  return {
    ok,
    message: ok
      ? `${expected.replace(' to emit ', ' emitted ')}, as expected`
      : `expected ${expected}; it emitted ${found}`,
  };
}
