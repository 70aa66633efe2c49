// One valid scenario in the gallery: its title (the button that opens it), summary, the system it
// follows, length, course modules (titles on hover), concepts, and a small preview of its run.

import { useRef } from 'react';
import { guidedScenario } from '../catalog/guidedScenario.ts';
import type { ScenarioSummary } from '../catalog/scenarioCatalog.ts';
import { formatDuration } from '../format/formatDuration.ts';
import { CardTags } from '../gallery/CardTags.tsx';
import { MODULE_TITLES } from '../gallery/courseLadder.ts';
import { recordTotal } from '../gallery/recordSeries.ts';
import { RecordSparkline } from '../gallery/RecordSparkline.tsx';
import { systemLabel } from '../gallery/systemLabel.ts';
import { TopologySchematic } from '../gallery/TopologySchematic.tsx';
import { useRecordPreview, type PreviewSimulationFactory } from '../gallery/useRecordPreview.ts';

export interface ScenarioCardProps {
  readonly scenario: ScenarioSummary;
  readonly onOpen: (scenarioId: string) => void;
  /** Runs the scenario headless for the preview; without it the card shows a schematic. */
  readonly createSimulation?: PreviewSimulationFactory;
}

export function ScenarioCard({ scenario, onOpen, createSimulation }: ScenarioCardProps) {
  const previewRef = useRef<HTMLDivElement>(null);
  const series = useRecordPreview(scenario, createSimulation, previewRef);
  const consumerCount = scenario.topology.consumerGroups.reduce(
    (sum, group) => sum + group.members.length,
    0,
  );
  const titleId = `scenario-title-${scenario.id}`;
  const guide = guidedScenario(scenario);
  return (
    <li
      className="scenario-card"
      data-testid="scenario-card"
      data-scenario-id={scenario.id}
      data-consumer-count={consumerCount}
      data-narration-steps={guide?.narration.length ?? 0}
      data-predictions={guide?.narration.filter((n) => n.prediction !== undefined).length ?? 0}
      aria-labelledby={titleId}
    >
      <h3 id={titleId}>
        <button type="button" className="link-button" onClick={() => onOpen(scenario.id)}>
          {scenario.title}
        </button>
      </h3>
      <p className="scenario-summary">{scenario.summary}</p>
      <div className="card-preview" ref={previewRef}>
        {series === null ? (
          <TopologySchematic topology={scenario.topology} />
        ) : (
          <RecordSparkline series={series} />
        )}
      </div>
      <p className="card-meta muted">
        <span className="system-badge">{systemLabel(scenario.system)}</span>
        <span>{formatDuration(scenario.durationMs)}</span>
        <span>seed {scenario.seed}</span>
        {series !== null && <span>{recordTotal(series)} records</span>}
      </p>
      <CardTags
        label="Modules"
        items={scenario.modules}
        describe={(id) => MODULE_TITLES[id]}
        className="module-tags"
      />
      {(scenario.concepts ?? []).length > 0 && (
        <CardTags label="Concepts" items={scenario.concepts ?? []} className="concept-tags" />
      )}
    </li>
  );
}
