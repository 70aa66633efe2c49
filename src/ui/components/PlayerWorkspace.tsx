// Everything on screen while a scenario plays: transport, speed, time, scrubber, the view toggles
// and the views themselves (partition logs, topology, metrics, trace, inspector) beside the
// consumer groups. It reads playback state from the store and the world from the simulation, and
// sends every user action to the controller as a command.

import { memo, useCallback, useMemo } from 'react';
import { useStore } from 'zustand';
import type { ScenarioModel, Simulation } from '../../engine/index.ts';
import {
  selectDurationMs,
  selectHistoryDroppedBeforeMs,
  selectNowMs,
  selectSpeed,
  selectIsPlaying,
  selectStatus,
  type PlayerStore,
} from '../../player/index.ts';
import type { PlayerSession } from '../hooks/usePlayerSession.ts';
import { useWorldView } from '../hooks/useWorldView.ts';
import { PanelToggleBar } from '../views/PanelToggleBar.tsx';
import { createRefreshRota } from '../views/refreshRota.ts';
import {
  nextAnimationFrame,
  RefreshRotaContext,
  usePanelSim,
} from '../views/RefreshRotaContext.tsx';
import { useInspectorOnFirstPick } from '../views/useInspectorOnFirstPick.ts';
import { usePanelVisibility } from '../views/usePanelVisibility.ts';
import { openingViews, type ViewId } from '../views/viewIds.ts';
import { useWorkspaceShared, ViewsContext } from '../views/ViewsContext.tsx';
import { GroupPanel } from './GroupPanel.tsx';
import { GroupStateAnnouncer } from './GroupStateAnnouncer.tsx';
import { HistoryNotice } from './HistoryNotice.tsx';
import { PlayerControls } from './PlayerControls.tsx';
import { Scrubber } from './Scrubber.tsx';
import { SpeedControl } from './SpeedControl.tsx';
import { TimeReadout } from './TimeReadout.tsx';
import { ViewPanel } from './ViewPanel.tsx';

export interface PlayerWorkspaceProps {
  readonly session: PlayerSession;
  readonly store: PlayerStore;
  /** The scenario being played, for the inspector's configuration and the opening views. */
  readonly scenario?: ScenarioModel & { readonly views?: readonly string[] };
}

/** The views in the main column, top to bottom; the inspector goes in the side column. */
const MAIN_COLUMN: readonly ViewId[] = ['logs', 'topology', 'timeline', 'metrics', 'trace', 'dag'];

export function PlayerWorkspace({ session, store, scenario }: PlayerWorkspaceProps) {
  const status = useStore(store, selectStatus);
  const speed = useStore(store, selectSpeed);
  const nowMs = useStore(store, selectNowMs);
  const durationMs = useStore(store, selectDurationMs);
  const droppedBeforeMs = useStore(store, selectHistoryDroppedBeforeMs);
  const send = session.controller.send;
  const shared = useWorkspaceShared(scenario ?? null, session.sim, send);
  const { highlight } = shared;
  const [visible, toggle] = usePanelVisibility(openingViews(scenario?.views));
  const showInspector = useCallback(() => toggle('inspector'), [toggle]);
  useInspectorOnFirstPick(highlight, visible.has('inspector'), showInspector);
  const rota = useMemo(
    () =>
      createRefreshRota(
        session.sim,
        () => selectIsPlaying(store.getState()),
        (listener) => store.subscribe(listener),
        nextAnimationFrame,
      ),
    [session.sim, store],
  );
  const panelContext = { sim: session.sim, speed, durationMs };
  return (
    <RefreshRotaContext.Provider value={rota}>
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
          onScrubbing={rota.setScrubbing}
        />
        <HistoryNotice store={store} />
        <PanelToggleBar visible={visible} onToggle={toggle} />
        <div className="workspace">
          <div className="workspace-main">
            {MAIN_COLUMN.filter((view) => visible.has(view)).map((view) => (
              <ViewPanel key={view} view={view} {...panelContext} />
            ))}
          </div>
          <aside className="workspace-side" aria-label="Inspector and consumer groups">
            {visible.has('inspector') && <ViewPanel view="inspector" {...panelContext} />}
            <WorkspaceGroups sim={session.sim} />
          </aside>
        </div>
      </ViewsContext.Provider>
    </RefreshRotaContext.Provider>
  );
}

/** The consumer groups and their announcements, refreshed on their turn like the views. */
const WorkspaceGroups = memo(function WorkspaceGroups({ sim }: { readonly sim: Simulation }) {
  const { sim: panelSim, ref } = usePanelSim(sim);
  const world = useWorldView(panelSim);
  return (
    <div className="view-slot" ref={ref}>
      <GroupStateAnnouncer groups={world.groups} />
      <GroupPanel world={world} />
    </div>
  );
});
