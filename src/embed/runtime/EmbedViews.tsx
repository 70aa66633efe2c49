// The views an embed shows, in the order the author listed them, built from the same panels as the
// full sandbox's workspace. The consumer groups go with the partition logs, since a lesson about
// logs nearly always needs the groups that read them.

import { useMemo, useState } from 'react';
import type { ScenarioModel, Simulation, WorldView } from '../../engine/index.ts';
import type { PlayerCommand } from '../../player/index.ts';
import { GroupPanel } from '../../ui/components/GroupPanel.tsx';
import { PartitionLogView } from '../../ui/components/PartitionLogView.tsx';
import { useWorldView } from '../../ui/hooks/useWorldView.ts';
import { DagView } from '../../ui/views/dag/DagView.tsx';
import { createHighlightStore } from '../../ui/views/highlightStore.ts';
import { InspectorPanel } from '../../ui/views/inspector/InspectorPanel.tsx';
import { MetricsPanel } from '../../ui/views/metrics/MetricsPanel.tsx';
import { TimelineView } from '../../ui/views/timeline/TimelineView.tsx';
import { TopologyView } from '../../ui/views/topology/TopologyView.tsx';
import { TraceTable } from '../../ui/views/trace/TraceTable.tsx';
import { VIEW_IDS, type ViewId } from '../../ui/views/viewIds.ts';
import { ViewsContext, type ViewsShared } from '../../ui/views/ViewsContext.tsx';

export interface EmbedViewsProps {
  readonly sim: Simulation;
  readonly scenario: ScenarioModel;
  readonly visible: ReadonlySet<ViewId>;
  /** The author's order; views switched on later go after them in the sandbox's order. */
  readonly order: readonly ViewId[];
  readonly speed: number;
  readonly durationMs: number;
  readonly send: (command: PlayerCommand) => void;
}

interface PanelContext {
  readonly sim: Simulation;
  readonly world: WorldView;
  readonly speed: number;
  readonly durationMs: number;
}

function renderPanel(view: ViewId, { sim, world, speed, durationMs }: PanelContext) {
  switch (view) {
    case 'logs':
      return (
        <>
          <PartitionLogView world={world} />
          {world.groups.length > 0 && <GroupPanel world={world} />}
        </>
      );
    case 'topology':
      return <TopologyView sim={sim} world={world} speed={speed} />;
    case 'metrics':
      return <MetricsPanel sim={sim} durationMs={durationMs} />;
    case 'trace':
      return <TraceTable sim={sim} world={world} />;
    case 'inspector':
      return <InspectorPanel world={world} />;
    case 'timeline':
      return <TimelineView sim={sim} durationMs={durationMs} />;
    case 'dag':
      return <DagView sim={sim} world={world} />;
  }
}

/** The visible views in display order. */
export function orderedViews(visible: ReadonlySet<ViewId>, order: readonly ViewId[]): ViewId[] {
  const rest = VIEW_IDS.filter((view) => !order.includes(view));
  return [...order, ...rest].filter((view) => visible.has(view));
}

export function EmbedViews(props: EmbedViewsProps) {
  const { sim, scenario, visible, order, speed, durationMs, send } = props;
  const world = useWorldView(sim);
  const [highlight] = useState(createHighlightStore);
  const shared = useMemo<ViewsShared>(
    () => ({ highlight, scenario, sim, send }),
    [highlight, scenario, sim, send],
  );
  const views = orderedViews(visible, order);
  return (
    <ViewsContext.Provider value={shared}>
      <div className="embed-views" data-testid="embed-views">
        {views.length === 0 && <p className="muted">No view is switched on.</p>}
        {views.map((view) => (
          <div key={view} className="embed-view" data-view={view}>
            {renderPanel(view, { sim, world, speed, durationMs })}
          </div>
        ))}
      </div>
    </ViewsContext.Provider>
  );
}
