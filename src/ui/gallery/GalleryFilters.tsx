// The gallery's search box and its module and concept filters. Plain form controls, so the
// keyboard and screen readers work as they do everywhere else.

import { moduleLabel } from './courseLadder.ts';
import type { GalleryFilter } from './galleryModel.ts';

export interface GalleryFiltersProps {
  readonly filter: GalleryFilter;
  readonly modules: readonly string[];
  readonly concepts: readonly string[];
  readonly onChange: (filter: GalleryFilter) => void;
}

const ANY = '';

export function GalleryFilters({ filter, modules, concepts, onChange }: GalleryFiltersProps) {
  const filtered = filter.query !== '' || filter.module !== null || filter.concept !== null;
  return (
    <div className="gallery-filters" role="search" aria-label="Find a scenario">
      <label className="gallery-search">
        <span>Search</span>
        <input
          type="search"
          value={filter.query}
          placeholder="title, summary or concept"
          onChange={(event) => onChange({ ...filter, query: event.target.value })}
        />
      </label>
      <label>
        <span>Module</span>
        <select
          value={filter.module ?? ANY}
          onChange={(event) => onChange({ ...filter, module: event.target.value || null })}
        >
          <option value={ANY}>All modules</option>
          {modules.map((id) => (
            <option key={id} value={id}>
              {moduleLabel(id)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Concept</span>
        <select
          value={filter.concept ?? ANY}
          onChange={(event) => onChange({ ...filter, concept: event.target.value || null })}
        >
          <option value={ANY}>All concepts</option>
          {concepts.map((concept) => (
            <option key={concept} value={concept}>
              {concept}
            </option>
          ))}
        </select>
      </label>
      {filtered && (
        <button type="button" onClick={() => onChange({ query: '', module: null, concept: null })}>
          Clear filters
        </button>
      )}
    </div>
  );
}
