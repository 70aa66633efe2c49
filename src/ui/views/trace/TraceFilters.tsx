// The trace table's filters: one checkbox per category of event types (with each type's own
// checkbox behind a disclosure), an entity text field and the newest-first toggle.

import { useEffect, useRef } from 'react';
import { TRACE_CATEGORIES, typesOf, type TraceCategory } from './traceCategories.ts';
import { withTypesHidden, type TraceFilter } from './traceFilter.ts';

export interface TraceFiltersProps {
  readonly filter: TraceFilter;
  readonly onFilter: (filter: TraceFilter) => void;
  readonly newestFirst: boolean;
  readonly onNewestFirst: (newestFirst: boolean) => void;
}

export function TraceFilters({ filter, onFilter, newestFirst, onNewestFirst }: TraceFiltersProps) {
  return (
    <div className="trace-filters">
      <fieldset className="trace-types">
        <legend>Event types</legend>
        {TRACE_CATEGORIES.map((category) => (
          <CategoryCheckbox
            key={category.id}
            category={category}
            filter={filter}
            onFilter={onFilter}
          />
        ))}
        <details className="trace-type-details">
          <summary>Single types…</summary>
          {TRACE_CATEGORIES.map((category) => (
            <fieldset key={category.id} className="trace-type-group">
              <legend>{category.label}</legend>
              {typesOf(category.id).map((type) => (
                <label key={type}>
                  <input
                    type="checkbox"
                    checked={!filter.hiddenTypes.has(type)}
                    onChange={(event) =>
                      onFilter(withTypesHidden(filter, [type], !event.target.checked))
                    }
                  />
                  {type}
                </label>
              ))}
            </fieldset>
          ))}
        </details>
      </fieldset>
      <label className="trace-entity">
        Entity
        <input
          type="search"
          value={filter.entityText}
          placeholder="p1, c2, orders-3, b1, g1…"
          onChange={(event) => onFilter({ ...filter, entityText: event.target.value })}
        />
      </label>
      <button type="button" aria-pressed={newestFirst} onClick={() => onNewestFirst(!newestFirst)}>
        Newest first
      </button>
    </div>
  );
}

interface CategoryCheckboxProps {
  readonly category: { readonly id: TraceCategory; readonly label: string };
  readonly filter: TraceFilter;
  readonly onFilter: (filter: TraceFilter) => void;
}

/** Checked when all its types show, mixed when some do. */
function CategoryCheckbox({ category, filter, onFilter }: CategoryCheckboxProps) {
  const types = typesOf(category.id);
  const shown = types.filter((type) => !filter.hiddenTypes.has(type)).length;
  const ref = useRef<HTMLInputElement>(null);
  const mixed = shown > 0 && shown < types.length;
  // `indeterminate` exists only as a DOM property, not as an attribute React can set.
  useEffect(() => {
    if (ref.current !== null) ref.current.indeterminate = mixed;
  }, [mixed]);
  return (
    <label className={`trace-category category-${category.id}`}>
      <input
        ref={ref}
        type="checkbox"
        checked={shown === types.length}
        onChange={() => onFilter(withTypesHidden(filter, types, shown === types.length))}
      />
      {category.label}
    </label>
  );
}
