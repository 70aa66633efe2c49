// When a run has shown enough to judge an expected outcome: the time each assertion reads up to
// (ASSERTIONS.md). "At t" needs the world at t, "by t" the events before t, and the counts over
// the whole run (deliveries, window results, an eventCount without byMs) need the end.

import type { Assertion } from '../../scenario/index.ts';

/**
 * The virtual time a run must reach before `assertion` can be judged.
 *
 * @example
 * outcomeDueMs({ kind: 'lag', group: 'g', atMs: 20_000, op: '==', value: 0 }, 40_000); // 20000
 */
export function outcomeDueMs(assertion: Assertion, durationMs: number): number {
  switch (assertion.kind) {
    case 'groupState':
    case 'lag':
    case 'sinkRows':
      return assertion.atMs;
    case 'dataflowMetric':
      return assertion.byMs ?? durationMs;
    case 'lagReaches':
      return assertion.byMs;
    case 'eventCount':
      return assertion.byMs ?? durationMs;
    case 'failureFreeOutput':
      return assertion.atMs ?? durationMs;
    case 'deliveries':
    case 'windowResult':
      return durationMs;
  }
}
