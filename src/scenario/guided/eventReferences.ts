// Checks a `where` against the event type it filters: every field must exist on that event, hold
// the right kind of value, and, where it names an entity, name one the topology declares. A
// `where` that can never match would leave a narration step waiting for ever.

import type { ScenarioIndex } from '../crossReferenceIndex.ts';
import { describeFound, jsonPath, type ScenarioError } from '../scenarioError.ts';
import { checkEntity } from './entityReferences.ts';
import type { EventWhere } from './guidedTypes.ts';

type WhereValue = EventWhere[string];
import {
  entityOfField,
  eventFields,
  type FieldKind,
  type KnownEventType,
} from './traceEventFields.ts';

const GROUP_STATES = ['Empty', 'PreparingRebalance', 'CompletingRebalance', 'Stable', 'Dead'];
const WINDOW_TIMINGS = ['on-time', 'early', 'late'];
const SINK_VISIBILITIES = ['visible', 'staged'];

const WINDOW_ALLOWED = 'a pair [startMs, endMs] with startMs < endMs';

/** What a field of this kind accepts, or undefined when `value` fits. */
function kindMismatch(kind: FieldKind, value: WhereValue): string | undefined {
  if (kind === 'window') {
    return Array.isArray(value) && value[0] < value[1] ? undefined : WINDOW_ALLOWED;
  }
  switch (kind) {
    case 'number':
      return typeof value === 'number' ? undefined : 'a number';
    case 'string':
      return typeof value === 'string' ? undefined : 'a string';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'true or false';
    case 'group-state':
      return GROUP_STATES.includes(String(value))
        ? undefined
        : `one of: ${GROUP_STATES.join(', ')}`;
    case 'window-timing':
      return WINDOW_TIMINGS.includes(String(value))
        ? undefined
        : `one of: ${WINDOW_TIMINGS.join(', ')}`;
    case 'sink-visibility':
      return SINK_VISIBILITIES.includes(String(value))
        ? undefined
        : `one of: ${SINK_VISIBILITIES.join(', ')}`;
    case 'text-or-number':
      return typeof value === 'string' || typeof value === 'number'
        ? undefined
        : 'a string or a number';
  }
}

function checkField(
  eventType: KnownEventType,
  field: string,
  value: WhereValue,
  path: string,
  index: ScenarioIndex,
): ScenarioError | undefined {
  const fields = eventFields(eventType);
  const kind = Object.hasOwn(fields, field) ? fields[field] : undefined;
  if (kind === undefined) {
    const names = Object.keys(fields);
    return {
      path,
      message: `is not a field of ${eventType} events that a where can compare`,
      found: JSON.stringify(field),
      allowed: names.length === 0 ? 'no fields: leave out where' : `one of: ${names.join(', ')}`,
    };
  }
  const mismatch = kindMismatch(kind, value);
  if (mismatch !== undefined) {
    return { path, message: 'can never match', found: describeFound(value), allowed: mismatch };
  }
  const entity = entityOfField(eventType, field);
  return entity === undefined || typeof value !== 'string'
    ? undefined
    : checkEntity(entity, value, path, index);
}

/** Errors in a `where` at `path` (the where object itself). */
export function checkWhere(
  eventType: KnownEventType,
  where: EventWhere | undefined,
  path: string,
  index: ScenarioIndex,
): ScenarioError[] {
  if (where === undefined) return [];
  return Object.entries(where)
    .map(([field, value]) =>
      checkField(eventType, field, value, `${path}${jsonPath([field]).slice(1)}`, index),
    )
    .filter((error) => error !== undefined);
}
