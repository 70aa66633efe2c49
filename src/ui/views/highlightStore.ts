// Which entity the learner is looking at: picked by clicking it in any view or by clicking a trace
// row. Every view marks it, and the inspector describes it. One small framework-free zustand store
// per workspace; components read it through the named selectors below.

import { createStore, type StoreApi } from 'zustand/vanilla';

export type EntityKind = 'producer' | 'consumer' | 'partition' | 'broker' | 'group' | 'operator';

export interface EntityRef {
  readonly kind: EntityKind;
  readonly id: string;
}

export interface HighlightState {
  readonly entity: EntityRef | null;
  /** The trace row that picked the entity, if a trace row did. */
  readonly traceIndex: number | null;
}

export type HighlightStore = StoreApi<HighlightState>;

export function createHighlightStore(): HighlightStore {
  return createStore<HighlightState>()(() => ({ entity: null, traceIndex: null }));
}

/** A stable string for an entity, e.g. `"partition:orders-3"`. */
export function entityKey(entity: EntityRef): string {
  return `${entity.kind}:${entity.id}`;
}

/**
 * Highlights an entity, or clears the highlight when that entity is already highlighted and no
 * trace row is involved (clicking a highlighted thing again lets it go).
 *
 * @example
 * highlightEntity(store, { kind: 'consumer', id: 'c1' });
 */
export function highlightEntity(
  store: HighlightStore,
  entity: EntityRef | null,
  traceIndex: number | null = null,
): void {
  const current = store.getState().entity;
  const same = current !== null && entity !== null && entityKey(current) === entityKey(entity);
  if (same && traceIndex === null) store.setState({ entity: null, traceIndex: null });
  else store.setState({ entity, traceIndex });
}

export const selectHighlightedEntity = (state: HighlightState): EntityRef | null => state.entity;
export const selectHighlightKey = (state: HighlightState): string | null =>
  state.entity === null ? null : entityKey(state.entity);
export const selectHighlightedTraceIndex = (state: HighlightState): number | null =>
  state.traceIndex;
