// Resolves narration triggers against a trace, for the UI that shows steps as a run plays. Pure:
// it reads the trace it is given and nothing else, so a step fires at the same virtual time in
// every replay of the same run.

import type { TraceEvent } from '../../engine/index.ts';
import type { EventWhere, Trigger } from './guidedTypes.ts';

/** When a trigger fires, as far as a trace shows. */
export type TriggerResolution =
  | { readonly kind: 'at'; readonly atMs: number; readonly event?: TraceEvent }
  | { readonly kind: 'notYet' }
  | { readonly kind: 'onNext' };

/** A field of an event equals a `where` value; a window pair equals an array of the same bounds. */
function fieldEquals(actual: unknown, expected: EventWhere[string]): boolean {
  if (typeof expected !== 'object') return actual === expected;
  return (
    Array.isArray(actual) &&
    actual.length === expected.length &&
    expected.every((bound, i) => actual[i] === bound)
  );
}

/**
 * Whether an event has the given type and every field in `where` equals its value. The event is
 * read as plain data, so an event type the engine's union does not list yet would match too.
 */
export function eventMatches(
  event: TraceEvent,
  eventType: string,
  where: EventWhere | undefined,
): boolean {
  if (event.type !== eventType) return false;
  if (where === undefined) return true;
  const fields = event as unknown as Readonly<Record<string, unknown>>;
  return Object.entries(where).every(
    ([field, value]) => Object.hasOwn(fields, field) && fieldEquals(fields[field], value),
  );
}

/**
 * The first event at or after `notBeforeMs` that an onEvent trigger matches; undefined for the
 * other trigger kinds, or when no event matches yet.
 *
 * @example
 * firstMatchingEvent(sim.trace(), { kind: 'onEvent', eventType: 'group.state.changed', where: { to: 'Stable' } });
 */
export function firstMatchingEvent(
  trace: readonly TraceEvent[],
  trigger: Trigger,
  notBeforeMs = 0,
): TraceEvent | undefined {
  if (trigger.kind !== 'onEvent') return undefined;
  return trace.find(
    (event) => event.atMs >= notBeforeMs && eventMatches(event, trigger.eventType, trigger.where),
  );
}

/**
 * When a trigger fires: atTime at its time (which may still be ahead of the run), onEvent at its
 * first matching event or `notYet`, and onNext when the learner clicks Next. Steps show in order,
 * so pass the time the previous step fired as `notBeforeMs`.
 *
 * @example
 * const fired = resolveTrigger(sim.trace(), step.trigger, previousStepAtMs);
 * if (fired.kind === 'at' && fired.atMs <= sim.nowMs()) showStep(step);
 */
export function resolveTrigger(
  trace: readonly TraceEvent[],
  trigger: Trigger,
  notBeforeMs = 0,
): TriggerResolution {
  switch (trigger.kind) {
    case 'atTime':
      return { kind: 'at', atMs: Math.max(trigger.atMs, notBeforeMs) };
    case 'onNext':
      return { kind: 'onNext' };
    case 'onEvent': {
      const event = firstMatchingEvent(trace, trigger, notBeforeMs);
      return event === undefined ? { kind: 'notYet' } : { kind: 'at', atMs: event.atMs, event };
    }
  }
}
