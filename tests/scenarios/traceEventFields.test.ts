// The event types a scenario may name must be exactly the engine's. traceEventFields.ts is typed
// to list every member of the TraceEvent union; this test reads the union's parts from the
// engine's source text as well, so a type the engine adds shows up here by name even before tsc runs.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KNOWN_EVENT_TYPES, eventFields } from '../../src/scenario/guided/traceEventFields.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { guidedScenario } from './support/guidedScenario.ts';

const EVENTS_DIR = new URL('../../src/engine/trace/events/', import.meta.url);

/** Every `type: '...'` literal of the TraceEvent union's parts (src/engine/trace/events/). */
function unionTypes(): string[] {
  return readdirSync(EVENTS_DIR)
    .filter((name) => name.endsWith('Events.ts'))
    .sort()
    .flatMap((name) => {
      const source = readFileSync(new URL(name, EVENTS_DIR), 'utf8');
      return [...source.matchAll(/\breadonly type: '([^']+)'/g)].map((match) => match[1] ?? '');
    });
}

describe('the trace event types a scenario may name', () => {
  it('are the event types of the engine union', () => {
    const types = unionTypes();
    expect(types.length).toBeGreaterThan(40);
    expect(new Set(types).size).toBe(types.length);
    expect([...KNOWN_EVENT_TYPES].sort()).toEqual([...types].sort());
  });

  it('each can be counted by an eventCount assertion', () => {
    for (const eventType of KNOWN_EVENT_TYPES) {
      const scenario = guidedScenario({
        expect: [{ kind: 'eventCount', eventType, op: '>=', count: 0 }],
      });
      expect(parseScenario(scenario).ok, eventType).toBe(true);
    }
  });

  it('lists node and dead-letter fields as entity references checked against the topology', () => {
    expect(eventFields('node.paused')).toEqual({ node: 'string', untilMs: 'number' });
    const expect_ = (where: Record<string, string>, eventType: string) =>
      guidedScenario({ expect: [{ kind: 'eventCount', eventType, where, op: '>=', count: 0 }] });
    expect(parseScenario(expect_({ node: 'b1' }, 'node.paused')).ok).toBe(true);
    expect(parseScenario(expect_({ node: 'p1' }, 'node.slowed')).ok).toBe(true);
    const refused = parseScenario(expect_({ node: 'g1' }, 'node.paused'));
    expect(refused).toMatchObject({
      ok: false,
      errors: [
        {
          path: '$.expect[0].where.node',
          message: 'names a consumer group, not a broker, producer or consumer',
          allowed: 'one of the brokers, producers or consumers: b1, p1, c1',
        },
      ],
    });
    const dlq = parseScenario(
      expect_({ deadLetterPartition: 'dlq-0' }, 'consumer.record.deadLettered'),
    );
    expect(dlq.ok || dlq.errors[0]?.message).toBe('names no partition');
  });
});
