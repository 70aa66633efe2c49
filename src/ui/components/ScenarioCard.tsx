// One valid scenario in the list: its title (the button that opens it), summary, modules, length.

import type { ScenarioSummary } from '../catalog/scenarioCatalog.ts';
import { formatDuration } from '../format/formatDuration.ts';

export interface ScenarioCardProps {
  readonly scenario: ScenarioSummary;
  readonly onOpen: (scenarioId: string) => void;
}

export function ScenarioCard({ scenario, onOpen }: ScenarioCardProps) {
  const consumerCount = scenario.topology.consumerGroups.reduce(
    (sum, group) => sum + group.members.length,
    0,
  );
  return (
    <li
      className="scenario-card"
      data-testid="scenario-card"
      data-scenario-id={scenario.id}
      data-consumer-count={consumerCount}
    >
      <h3>
        <button type="button" className="link-button" onClick={() => onOpen(scenario.id)}>
          {scenario.title}
        </button>
      </h3>
      <p>{scenario.summary}</p>
      <p className="muted">
        {formatDuration(scenario.durationMs)} · seed {scenario.seed}
      </p>
      <ul className="module-tags" aria-label="Modules">
        {scenario.modules.map((module) => (
          <li key={module}>{module}</li>
        ))}
      </ul>
    </li>
  );
}
