// The one registry of views: which component draws each view id, and with what. The full
// sandbox's workspace and the embeds both render their views through it, so a new view, or a new
// prop for one, is added in one place and shows up in both.

import type { ReactNode } from 'react';
import type { Simulation, WorldView } from '../../engine/index.ts';
import { DagView } from '../views/dag/DagView.tsx';
import { InspectorPanel } from '../views/inspector/InspectorPanel.tsx';
import { MetricsPanel } from '../views/metrics/MetricsPanel.tsx';
import { TimelineView } from '../views/timeline/TimelineView.tsx';
import { TopologyView } from '../views/topology/TopologyView.tsx';
import { TraceTable } from '../views/trace/TraceTable.tsx';
import type { ViewId } from '../views/viewIds.ts';
import { GroupPanel } from './GroupPanel.tsx';
import { PartitionLogView } from './PartitionLogView.tsx';

/** What every view may draw from: the simulation, its world now, the speed and the run's length. */
export interface ViewPanelContext {
  readonly sim: Simulation;
  readonly world: WorldView;
  /** Virtual ms per wall ms, for the topology's animation. */
  readonly speed: number;
  readonly durationMs: number;
}

export interface ViewPanelProps extends ViewPanelContext {
  readonly view: ViewId;
  /**
   * Draw the consumer groups under the partition logs. An embed does, since a lesson about logs
   * nearly always needs the groups that read them; the workspace keeps them in its side column.
   */
  readonly groupsWithLogs?: boolean;
}

const PANELS: Readonly<Record<ViewId, (context: ViewPanelContext) => ReactNode>> = {
  logs: ({ world }) => <PartitionLogView world={world} />,
  topology: ({ sim, world, speed }) => <TopologyView sim={sim} world={world} speed={speed} />,
  timeline: ({ sim, durationMs }) => <TimelineView sim={sim} durationMs={durationMs} />,
  dag: ({ sim, world }) => <DagView sim={sim} world={world} />,
  metrics: ({ sim, durationMs }) => <MetricsPanel sim={sim} durationMs={durationMs} />,
  trace: ({ sim, world }) => <TraceTable sim={sim} world={world} />,
  inspector: ({ world }) => <InspectorPanel world={world} />,
};

/**
 * The panel of one view.
 *
 * @example
 * <ViewPanel view="timeline" sim={sim} world={world} speed={1} durationMs={60_000} />
 */
export function ViewPanel({ view, groupsWithLogs = false, ...context }: ViewPanelProps) {
  const panel = PANELS[view](context);
  if (view !== 'logs' || !groupsWithLogs || context.world.groups.length === 0) return panel;
  return (
    <>
      {panel}
      <GroupPanel world={context.world} />
    </>
  );
}
