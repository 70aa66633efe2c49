// The deliveries assertion: how many records (partition@offset appended) were processed zero
// times, once, or more than once, counting `consumer.processed` ranges. Naming a group counts only
// its members and the topics it reads, which matters when several groups read one topic.

import type { TraceEvent } from '../../engine/index.ts';
import type { Assertion } from '../guided/guidedTypes.ts';
import type { ScenarioFile } from '../scenarioSchema.ts';
import { bound, compare } from './compare.ts';
import { DELIVERY_WORDS } from './describeAssertion.ts';
import type { Verdict } from './outcomeTypes.ts';

type Deliveries = Extract<Assertion, { kind: 'deliveries' }>;

/** Examples named in a message, so a long list of duplicates stays one readable line. */
const EXAMPLES_MAX = 5;

function topicOf(partition: string): string {
  return partition.slice(0, Math.max(partition.lastIndexOf('-'), 0));
}

/** Times each appended record was processed, by "partition@offset", in trace order. */
export function deliveryCounts(
  trace: readonly TraceEvent[],
  scenario: ScenarioFile,
  group?: string,
): Map<string, number> {
  const spec = scenario.topology.consumerGroups.find((g) => g.id === group);
  const topics = spec === undefined ? undefined : new Set(spec.topics);
  const members = spec === undefined ? undefined : new Set(spec.members.map((m) => m.id));
  const counts = new Map<string, number>();
  for (const e of trace) {
    if (e.type === 'record.appended' && (topics?.has(topicOf(e.partition)) ?? true)) {
      counts.set(`${e.partition}@${e.offset}`, 0);
    }
    if (e.type !== 'consumer.processed' || !(members?.has(e.consumer) ?? true)) continue;
    for (let offset = e.fromOffset; offset < e.fromOffset + e.count; offset++) {
      const key = `${e.partition}@${offset}`;
      const seen = counts.get(key);
      if (seen !== undefined) counts.set(key, seen + 1);
    }
  }
  return counts;
}

function inClass(times: Deliveries['times'], count: number): boolean {
  if (times === 'zero') return count === 0;
  return times === 'once' ? count === 1 : count > 1;
}

export function checkDeliveries(
  a: Deliveries,
  trace: readonly TraceEvent[],
  scenario: ScenarioFile,
): Verdict {
  const counts = deliveryCounts(trace, scenario, a.group);
  const matching = [...counts].filter(([, n]) => inClass(a.times, n)).map(([record]) => record);
  const ok = compare(matching.length, a.op, a.count);
  const examples = matching.slice(0, EXAMPLES_MAX).join(', ');
  const more = matching.length > EXAMPLES_MAX ? ', …' : '';
  const which = matching.length === 0 ? '' : ` (${examples}${more})`;
  const what = `records ${DELIVERY_WORDS[a.times]}${a.group === undefined ? '' : ` by group ${a.group}`}`;
  return {
    ok,
    message: ok
      ? `${matching.length} ${what}${which} out of ${counts.size}, as expected (${bound(a.op, a.count)})`
      : `expected ${bound(a.op, a.count)} ${what}, found ${matching.length}${which} out of ${counts.size}`,
  };
}
