// The one registry of views: which component draws each view id, and with what. The full
// sandbox's workspace and the embeds both render their views through it, so a new view, or a new
// prop for one, is added in one place and shows up in both.

import { memo, type ReactNode } from 'react';
import type { Simulation, WorldView } from '../../engine/index.ts';
import { useWorldView } from '../hooks/useWorldView.ts';
import { DagView } from '../views/dag/DagView.tsx';
import { InspectorPanel } from '../views/inspector/InspectorPanel.tsx';
import { MetricsPanel } from '../views/metrics/MetricsPanel.tsx';
import { usePanelSim } from '../views/RefreshRotaContext.tsx';
import { TimelineView } from '../views/timeline/TimelineView.tsx';
import { TopologyView } from '../views/topology/TopologyView.tsx';
import { TraceTable } from '../views/trace/TraceTable.tsx';
import type { ViewId } from '../views/viewIds.ts';
import { GroupPanel } from './GroupPanel.tsx';
import { PartitionLogView } from './PartitionLogView.tsx';

/** What every view may draw from: the simulation, its world now, the speed and the run's length. */
interface PanelContext {
  /** The simulation as this panel reads it (its member of the refresh rota, if any). */
  readonly sim: Simulation;
  /** The simulation itself, for what moves on every frame (the topology's flying messages). */
  readonly liveSim: Simulation;
  readonly world: WorldView;
  /** Virtual ms per wall ms, for the topology's animation. */
  readonly speed: number;
  readonly durationMs: number;
}

export interface ViewPanelProps {
  readonly view: ViewId;
  readonly sim: Simulation;
  readonly speed: number;
  readonly durationMs: number;
  /**
   * Draw the consumer groups under the partition logs. An embed does, since a lesson about logs
   * nearly always needs the groups that read them; the workspace keeps them in its side column.
   */
  readonly groupsWithLogs?: boolean;
}

const PANELS: Readonly<Record<ViewId, (context: PanelContext) => ReactNode>> = {
  logs: ({ world }) => <PartitionLogView world={world} />,
  topology: ({ liveSim, world, speed }) => (
    <TopologyView sim={liveSim} world={world} speed={speed} />
  ),
  timeline: ({ sim, durationMs }) => <TimelineView sim={sim} durationMs={durationMs} />,
  dag: ({ sim, world }) => <DagView sim={sim} world={world} />,
  metrics: ({ sim, durationMs }) => <MetricsPanel sim={sim} durationMs={durationMs} />,
  trace: ({ sim, world }) => <TraceTable sim={sim} world={world} />,
  inspector: ({ world }) => <InspectorPanel world={world} />,
};

/**
 * The panel of one view. It reads the simulation through its member of the workspace's refresh
 * rota, so while a run plays it re-renders on its turn rather than on every frame; it is memoised
 * so that the workspace's own per-frame renders (clock, scrubber) do not reach it.
 *
 * @example
 * <ViewPanel view="timeline" sim={sim} speed={1} durationMs={60_000} />
 */
export const ViewPanel = memo(function ViewPanel({
  view,
  groupsWithLogs = false,
  sim,
  speed,
  durationMs,
}: ViewPanelProps) {
  const { sim: panelSim, ref } = usePanelSim(sim);
  const world = useWorldView(panelSim);
  const panel = PANELS[view]({ sim: panelSim, liveSim: sim, world, speed, durationMs });
  return (
    <div className="view-slot" ref={ref}>
      {panel}
      {view === 'logs' && groupsWithLogs && world.groups.length > 0 && <GroupPanel world={world} />}
    </div>
  );
});
