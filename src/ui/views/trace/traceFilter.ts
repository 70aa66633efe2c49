// The trace table's filter: event types to hide and an entity text to match. Pure, so the
// incremental index and the tests agree on what a match is.

import type { TraceEvent } from '../../../engine/index.ts';
import { eventEntityIds } from './traceEntities.ts';

export interface TraceFilter {
  readonly hiddenTypes: ReadonlySet<string>;
  /** Case-insensitive; matches an event naming any entity whose id contains it. */
  readonly entityText: string;
}

export const NO_FILTER: TraceFilter = { hiddenTypes: new Set(), entityText: '' };

export function isFilterActive(filter: TraceFilter): boolean {
  return filter.hiddenTypes.size > 0 || filter.entityText.trim() !== '';
}

/**
 * Whether an event passes the filter.
 *
 * @example
 * matchesFilter(batchSentByP1, { hiddenTypes: new Set(), entityText: 'P1' }); // true
 */
export function matchesFilter(event: TraceEvent, filter: TraceFilter): boolean {
  if (filter.hiddenTypes.has(event.type)) return false;
  const text = filter.entityText.trim().toLowerCase();
  if (text === '') return true;
  return eventEntityIds(event).some((id) => id.includes(text));
}

/** Returns a filter with `types` all hidden (`hide`) or all shown. */
export function withTypesHidden(
  filter: TraceFilter,
  types: readonly string[],
  hide: boolean,
): TraceFilter {
  const hiddenTypes = new Set(filter.hiddenTypes);
  for (const type of types) {
    if (hide) hiddenTypes.add(type);
    else hiddenTypes.delete(type);
  }
  return { ...filter, hiddenTypes };
}
