// The views an embed shows, in the order the author listed them, drawn by the same view registry
// as the full sandbox's workspace (ViewPanel). The consumer groups go with the partition logs,
// since a lesson about logs nearly always needs the groups that read them.

import type { ScenarioModel, Simulation } from '../../engine/index.ts';
import type { PlayerCommand } from '../../player/index.ts';
import { ViewPanel } from '../../ui/components/ViewPanel.tsx';
import { VIEW_IDS, type ViewId } from '../../ui/views/viewIds.ts';
import { useWorkspaceShared, ViewsContext } from '../../ui/views/ViewsContext.tsx';

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

/** The visible views in display order. */
export function orderedViews(visible: ReadonlySet<ViewId>, order: readonly ViewId[]): ViewId[] {
  const rest = VIEW_IDS.filter((view) => !order.includes(view));
  return [...order, ...rest].filter((view) => visible.has(view));
}

export function EmbedViews(props: EmbedViewsProps) {
  const { sim, scenario, visible, order, speed, durationMs, send } = props;
  const shared = useWorkspaceShared(scenario, sim, send);
  const views = orderedViews(visible, order);
  return (
    <ViewsContext.Provider value={shared}>
      <div className="embed-views" data-testid="embed-views">
        {views.length === 0 && <p className="muted">No view is switched on.</p>}
        {views.map((view) => (
          <div key={view} className="embed-view" data-view={view}>
            <ViewPanel view={view} sim={sim} speed={speed} durationMs={durationMs} groupsWithLogs />
          </div>
        ))}
      </div>
    </ViewsContext.Provider>
  );
}
