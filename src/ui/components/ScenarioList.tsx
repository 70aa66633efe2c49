// The gallery, the home page: scenarios grouped by the course ladder, with a search box and
// module and concept filters, then the files that failed validation with their messages.

import { useMemo, useState } from 'react';
import type { CatalogEntry, ScenarioSummary } from '../catalog/scenarioCatalog.ts';
import { GalleryFilters } from '../gallery/GalleryFilters.tsx';
import {
  conceptOptions,
  gallerySections,
  moduleOptions,
  NO_FILTER,
  type GalleryFilter,
} from '../gallery/galleryModel.ts';
import { GallerySectionView } from '../gallery/GallerySectionView.tsx';
import { LadderNav } from '../gallery/LadderNav.tsx';
import type { PreviewSimulationFactory } from '../gallery/useRecordPreview.ts';
import { InvalidScenarioCard } from './InvalidScenarioCard.tsx';

export interface ScenarioListProps {
  readonly catalog: readonly CatalogEntry[];
  readonly onOpen: (scenarioId: string) => void;
  /** Runs scenarios headless for the cards' previews; without it cards show a schematic. */
  readonly createSimulation?: PreviewSimulationFactory | undefined;
}

function validScenarios(catalog: readonly CatalogEntry[]): ScenarioSummary[] {
  return catalog.flatMap((entry) => (entry.kind === 'valid' ? [entry.scenario] : []));
}

export function ScenarioList({ catalog, onOpen, createSimulation }: ScenarioListProps) {
  const [filter, setFilter] = useState<GalleryFilter>(NO_FILTER);
  const scenarios = useMemo(() => validScenarios(catalog), [catalog]);
  const modules = useMemo(() => moduleOptions(scenarios), [scenarios]);
  const concepts = useMemo(() => conceptOptions(scenarios), [scenarios]);
  const sections = useMemo(() => gallerySections(scenarios, filter), [scenarios, filter]);
  const shown = sections.reduce((sum, s) => sum + s.scenarios.length, 0);
  const invalid = catalog.filter((entry) => entry.kind === 'invalid');
  return (
    <section className="gallery" aria-labelledby="scenario-list-heading">
      <h2 id="scenario-list-heading">Scenarios</h2>
      {catalog.length === 0 && <p className="muted">No scenarios found in scenarios/*.json.</p>}
      <GalleryFilters filter={filter} modules={modules} concepts={concepts} onChange={setFilter} />
      <p className="gallery-count muted" role="status" data-testid="gallery-count">
        {shown === scenarios.length
          ? `${shown} scenarios`
          : `Showing ${shown} of ${scenarios.length} scenarios`}
      </p>
      <LadderNav sections={sections} />
      {sections.map((section) => (
        <GallerySectionView
          key={section.group.id}
          section={section}
          onOpen={onOpen}
          createSimulation={createSimulation}
        />
      ))}
      {shown === 0 && scenarios.length > 0 && (
        <p className="muted">No scenario matches. Try fewer words or clear the filters.</p>
      )}
      {invalid.length > 0 && (
        <section aria-labelledby="invalid-heading" className="gallery-section">
          <h2 id="invalid-heading">Files that failed validation</h2>
          <ul className="scenario-list">
            {invalid.map((entry) => (
              <InvalidScenarioCard key={entry.path} path={entry.path} message={entry.message} />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
