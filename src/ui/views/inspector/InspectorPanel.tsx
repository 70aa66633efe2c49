// The inspector: the highlighted entity's live state now and its configuration, with real Kafka
// property names. Click any partition, consumer, group, broker or producer to fill it.

import { useStore } from 'zustand';
import type { PartitionView, ScenarioModel, WorldView } from '../../../engine/index.ts';
import { CompactedTable } from './CompactedTable.tsx';
import { highlightEntity, selectHighlightedEntity } from '../highlightStore.ts';
import { useViewsShared } from '../ViewsContext.tsx';
import { entityConfig } from './entityConfig.ts';
import { entityLiveState } from './entityLiveState.ts';
import { PropertyTable } from './PropertyTable.tsx';

export interface InspectorPanelProps {
  readonly world: WorldView;
}

/** The partition an entity names, when it belongs to a compacted topic: a log that is a table. */
function compactedPartition(
  world: WorldView,
  scenario: ScenarioModel | null,
  entity: { kind: string; id: string },
): PartitionView | undefined {
  if (entity.kind !== 'partition' || scenario === null) return undefined;
  const p = world.partitions.find((x) => x.id === entity.id);
  const topic = scenario.topology.topics.find((t) => t.name === p?.topic);
  return topic?.cleanupPolicy?.includes('compact') ? p : undefined;
}

export function InspectorPanel({ world }: InspectorPanelProps) {
  const { highlight, scenario } = useViewsShared();
  const entity = useStore(highlight, selectHighlightedEntity);
  const live = entity === null ? null : entityLiveState(world, entity);
  const config = entity === null || scenario === null ? [] : entityConfig(scenario, entity);
  const table = entity === null ? undefined : compactedPartition(world, scenario, entity);
  return (
    <section
      className="panel inspector"
      aria-labelledby="inspector-heading"
      data-testid="inspector"
    >
      <h2 id="inspector-heading">
        Inspector
        {entity !== null && (
          <>
            {' '}
            <span className="inspector-entity">
              {entity.kind} <strong>{entity.id}</strong>
            </span>
          </>
        )}
      </h2>
      {entity === null ? (
        <p className="muted">
          Click a partition, consumer, group, broker, producer or dataflow operator in any view, or
          a trace row, to see its state and configuration.
        </p>
      ) : (
        <>
          <button
            type="button"
            className="link-button"
            onClick={() => highlightEntity(highlight, null)}
          >
            Clear selection
          </button>
          {live === null ? (
            <p className="muted">Not in this world.</p>
          ) : (
            <PropertyTable caption="Live state" rows={live} />
          )}
          {config.length > 0 && <PropertyTable caption="Configuration" rows={config} />}
          {table !== undefined && <CompactedTable partition={table} />}
        </>
      )}
    </section>
  );
}
