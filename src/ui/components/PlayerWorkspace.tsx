// Everything on screen while a scenario plays: transport, speed, time, scrubber, the view toggles
// and the views themselves (partition logs, topology, metrics, trace, inspector) beside the
// consumer groups. It reads playback state from the store and the world from the simulation, and
// sends every user action to the controller as a command.

import { useCallback, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { ScenarioModel } from '../../engine/index.ts';
import {
  selectDurationMs,
  selectHistoryDroppedBeforeMs,
  selectNowMs,
  selectSpeed,
  selectStatus,
  type PlayerStore,
} from '../../player/index.ts';
import type { PlayerSession } from '../hooks/usePlayerSession.ts';
import { useWorldView } from '../hooks/useWorldView.ts';
import { DagView } from '../views/dag/DagView.tsx';
import { createHighlightStore } from '../views/highlightStore.ts';
import { InspectorPanel } from '../views/inspector/InspectorPanel.tsx';
import { MetricsPanel } from '../views/metrics/MetricsPanel.tsx';
import { PanelToggleBar } from '../views/PanelToggleBar.tsx';
import { TimelineView } from '../views/timeline/TimelineView.tsx';
import { TopologyView } from '../views/topology/TopologyView.tsx';
import { TraceTable } from '../views/trace/TraceTable.tsx';
import { useInspectorOnFirstPick } from '../views/useInspectorOnFirstPick.ts';
import { usePanelVisibility } from '../views/usePanelVisibility.ts';
import { openingViews } from '../views/viewIds.ts';
import { ViewsContext, type ViewsShared } from '../views/ViewsContext.tsx';
import { GroupPanel } from './GroupPanel.tsx';
import { GroupStateAnnouncer } from './GroupStateAnnouncer.tsx';
import { HistoryNotice } from './HistoryNotice.tsx';
import { PartitionLogView } from './PartitionLogView.tsx';
import { PlayerControls } from './PlayerControls.tsx';
import { Scrubber } from './Scrubber.tsx';
import { SpeedControl } from './SpeedControl.tsx';
import { TimeReadout } from './TimeReadout.tsx';

export interface PlayerWorkspaceProps {
  readonly session: PlayerSession;
  readonly store: PlayerStore;
  /** The scenario being played, for the inspector's configuration and the opening views. */
  readonly scenario?: ScenarioModel & { readonly views?: readonly string[] };
}

export function PlayerWorkspace({ session, store, scenario }: PlayerWorkspaceProps) {
  const world = useWorldView(session.sim);
  const status = useStore(store, selectStatus);
  const speed = useStore(store, selectSpeed);
  const nowMs = useStore(store, selectNowMs);
  const durationMs = useStore(store, selectDurationMs);
  const droppedBeforeMs = useStore(store, selectHistoryDroppedBeforeMs);
  const send = session.controller.send;
  const [highlight] = useState(createHighlightStore);
  const shared = useMemo<ViewsShared>(
    () => ({ highlight, scenario: scenario ?? null, sim: session.sim, send }),
    [highlight, scenario, session.sim, send],
  );
  const [visible, toggle] = usePanelVisibility(openingViews(scenario?.views));
  const showInspector = useCallback(() => toggle('inspector'), [toggle]);
  useInspectorOnFirstPick(highlight, visible.has('inspector'), showInspector);
  return (
    <ViewsContext.Provider value={shared}>
      <div className="toolbar">
        <PlayerControls status={status} onCommand={send} />
        <SpeedControl speed={speed} onCommand={send} />
        <TimeReadout nowMs={nowMs} durationMs={durationMs} status={status} />
      </div>
      <Scrubber
        nowMs={nowMs}
        durationMs={durationMs}
        onCommand={send}
        droppedBeforeMs={droppedBeforeMs}
      />
      <HistoryNotice store={store} />
      <PanelToggleBar visible={visible} onToggle={toggle} />
      <GroupStateAnnouncer groups={world.groups} />
      <div className="workspace">
        <div className="workspace-main">
          {visible.has('logs') && <PartitionLogView world={world} />}
          {visible.has('topology') && (
            <TopologyView sim={session.sim} world={world} speed={speed} />
          )}
          {visible.has('timeline') && <TimelineView sim={session.sim} durationMs={durationMs} />}
          {visible.has('metrics') && <MetricsPanel sim={session.sim} durationMs={durationMs} />}
          {visible.has('trace') && <TraceTable sim={session.sim} world={world} />}
          {visible.has('dag') && <DagView sim={session.sim} world={world} />}
        </div>
        <aside className="workspace-side" aria-label="Inspector and consumer groups">
          {visible.has('inspector') && <InspectorPanel world={world} />}
          <GroupPanel world={world} />
        </aside>
      </div>
    </ViewsContext.Provider>
  );
}
