// One step of the course ladder in the gallery: its heading and its scenario cards.

import { ScenarioCard } from '../components/ScenarioCard.tsx';
import type { GallerySection } from './galleryModel.ts';
import type { PreviewSimulationFactory } from './useRecordPreview.ts';

export interface GallerySectionViewProps {
  readonly section: GallerySection;
  readonly onOpen: (scenarioId: string) => void;
  readonly createSimulation?: PreviewSimulationFactory | undefined;
}

export function GallerySectionView({ section, onOpen, createSimulation }: GallerySectionViewProps) {
  const { group, scenarios } = section;
  const headingId = `gallery-${group.id}`;
  const first = group.firstModule;
  const range =
    first === 0
      ? ''
      : `M${String(first).padStart(2, '0')}–M${String(group.lastModule).padStart(2, '0')}`;
  return (
    <section
      className="gallery-section"
      aria-labelledby={headingId}
      data-testid="gallery-section"
      data-group={group.id}
    >
      <h2 id={headingId} className="gallery-section-heading" tabIndex={-1}>
        {group.title}
        <span className="gallery-section-subtitle">
          {': '}
          {group.subtitle}
          {group.suggested ? ' (suggested grouping)' : ''}
        </span>
        {range !== '' && <span className="gallery-section-range muted"> · {range}</span>}
      </h2>
      <ul className="scenario-list">
        {scenarios.map((scenario) => (
          <ScenarioCard
            key={scenario.id}
            scenario={scenario}
            onOpen={onOpen}
            {...(createSimulation === undefined ? {} : { createSimulation })}
          />
        ))}
      </ul>
    </section>
  );
}
