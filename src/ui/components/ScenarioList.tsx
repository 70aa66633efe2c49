// The scenario catalogue: valid scenarios to open, then invalid files with their messages.

import type { CatalogEntry } from '../catalog/scenarioCatalog.ts';
import { InvalidScenarioCard } from './InvalidScenarioCard.tsx';
import { ScenarioCard } from './ScenarioCard.tsx';

export interface ScenarioListProps {
  readonly catalog: readonly CatalogEntry[];
  readonly onOpen: (scenarioId: string) => void;
}

export function ScenarioList({ catalog, onOpen }: ScenarioListProps) {
  const invalid = catalog.filter((entry) => entry.kind === 'invalid');
  return (
    <section aria-labelledby="scenario-list-heading">
      <h2 id="scenario-list-heading">Scenarios</h2>
      {catalog.length === 0 && <p className="muted">No scenarios found in scenarios/*.json.</p>}
      <ul className="scenario-list">
        {catalog.map((entry) =>
          entry.kind === 'valid' ? (
            <ScenarioCard key={entry.path} scenario={entry.scenario} onOpen={onOpen} />
          ) : null,
        )}
      </ul>
      {invalid.length > 0 && (
        <>
          <h2>Files that failed validation</h2>
          <ul className="scenario-list">
            {invalid.map((entry) => (
              <InvalidScenarioCard key={entry.path} path={entry.path} message={entry.message} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
