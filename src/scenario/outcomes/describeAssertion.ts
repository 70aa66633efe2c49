// A plain sentence for an assertion, used when it has no `label` (the CLI prints it, and the UI
// may show it to authors). It says what is expected, not whether it held.

import type { Assertion, EventWhere } from '../guided/guidedTypes.ts';
import { bound, ms } from './compare.ts';

export const DELIVERY_WORDS = {
  zero: 'never processed',
  once: 'processed exactly once',
  'more-than-once': 'processed more than once',
} as const;

/** " with group=billing, to=Stable", or nothing. */
export function whereWords(where: EventWhere | undefined): string {
  if (where === undefined || Object.keys(where).length === 0) return '';
  const pairs = Object.entries(where).map(([field, value]) => `${field}=${JSON.stringify(value)}`);
  return ` with ${pairs.join(', ')}`;
}

/** "7 (on-time), then 8 (late)", or "nothing". */
export function windowValuesWords(
  values: readonly { readonly value: number | string; readonly timing: string }[],
): string {
  if (values.length === 0) return 'nothing';
  return values.map((v) => `${String(v.value)} (${v.timing})`).join(', then ');
}

/** "the largest latencyMsP95 sample from 5000 ms to 30000 ms". */
export function metricSpanWords(a: Extract<Assertion, { kind: 'dataflowMetric' }>): string {
  const stat = { max: 'the largest', min: 'the smallest', last: 'the last' }[a.stat];
  const after = a.afterMs === undefined ? '' : ` from ${ms(a.afterMs)}`;
  const by = a.byMs === undefined ? '' : ` before ${ms(a.byMs)}`;
  return `${stat} ${a.metric} sample${after}${by}`;
}

/** "rows of key k0, window [0,5000) in sink out of dataflow df". */
export function sinkRowsWords(a: Extract<Assertion, { kind: 'sinkRows' }>): string {
  const filters = [
    a.key === undefined ? undefined : `key ${a.key}`,
    a.window === undefined ? undefined : `window [${a.window[0]},${a.window[1]})`,
  ].filter((part) => part !== undefined);
  const of = filters.length === 0 ? '' : ` of ${filters.join(', ')}`;
  return `rows${of} in sink ${a.sink} of dataflow ${a.job}`;
}

/** "the rows of sink out of dataflow df", "the records group g1 processed, as an upsert table". */
export function failureFreeWords(a: Extract<Assertion, { kind: 'failureFreeOutput' }>): string {
  if (a.group !== undefined) {
    const as = a.as === 'upsert' ? 'an upsert table (last value per key)' : 'an append log';
    return `the records group ${a.group} processed, as ${as},`;
  }
  if (a.sink !== undefined) return `the rows of sink ${a.sink} of dataflow ${a.job ?? ''}`;
  return `the sink rows of stream job ${a.job ?? ''}`;
}

/**
 * What an assertion expects, as a sentence.
 *
 * @example
 * describeAssertion({ kind: 'groupState', group: 'billing', state: 'Stable', atMs: 25000 });
 * // 'group billing is Stable at 25000 ms'
 */
export function describeAssertion(a: Assertion): string {
  switch (a.kind) {
    case 'groupState':
      return `group ${a.group} is ${a.state} at ${ms(a.atMs)}`;
    case 'lag':
      return `lag of group ${a.group} at ${ms(a.atMs)} is ${bound(a.op, a.value)} records`;
    case 'lagReaches': {
      const after = a.afterMs === undefined ? '' : ` after ${ms(a.afterMs)}`;
      return `lag of group ${a.group} falls to ${a.value} or less${after}, by ${ms(a.byMs)}`;
    }
    case 'deliveries': {
      const group = a.group === undefined ? '' : ` by group ${a.group}`;
      return `${bound(a.op, a.count)} records ${DELIVERY_WORDS[a.times]}${group}`;
    }
    case 'eventCount': {
      const by = a.byMs === undefined ? '' : ` before ${ms(a.byMs)}`;
      return `${bound(a.op, a.count)} ${a.eventType} events${whereWords(a.where)}${by}`;
    }
    case 'windowResult': {
      const job = a.job === undefined ? '' : ` of job ${a.job}`;
      return `window [${a.window[0]},${a.window[1]})${job} for key ${a.key} emits ${windowValuesWords(a.values)}`;
    }
    case 'dataflowMetric':
      return `${metricSpanWords(a)} of dataflow ${a.job} is ${bound(a.op, a.value)}`;
    case 'sinkRows':
      return `${bound(a.op, a.count)} ${sinkRowsWords(a)} at ${ms(a.atMs)}`;
    case 'failureFreeOutput': {
      const at = a.atMs === undefined ? 'at the end' : `at ${ms(a.atMs)}`;
      const verb = a.expect === 'equal' ? 'equal' : 'differ from';
      return `${failureFreeWords(a)} ${at} ${verb} the failure-free run's`;
    }
  }
}
