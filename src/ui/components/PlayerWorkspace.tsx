// Everything on screen while a scenario plays: transport, speed, time, scrubber, the partition
// logs, the groups and the trace tail. It reads playback state from the store and the world from
// the simulation, and sends every user action to the controller as a command.

import { useStore } from 'zustand';
import {
  selectDurationMs,
  selectNowMs,
  selectSpeed,
  selectStatus,
  type PlayerStore,
} from '../../player/index.ts';
import type { PlayerSession } from '../hooks/usePlayerSession.ts';
import { useWorldView } from '../hooks/useWorldView.ts';
import { GroupPanel } from './GroupPanel.tsx';
import { GroupStateAnnouncer } from './GroupStateAnnouncer.tsx';
import { PartitionLogView } from './PartitionLogView.tsx';
import { PlayerControls } from './PlayerControls.tsx';
import { Scrubber } from './Scrubber.tsx';
import { SpeedControl } from './SpeedControl.tsx';
import { TimeReadout } from './TimeReadout.tsx';
import { TraceList } from './TraceList.tsx';

/** How many trace lines the live list shows. */
export const TRACE_TAIL_LENGTH = 15;

export interface PlayerWorkspaceProps {
  readonly session: PlayerSession;
  readonly store: PlayerStore;
}

export function PlayerWorkspace({ session, store }: PlayerWorkspaceProps) {
  const world = useWorldView(session.sim);
  const status = useStore(store, selectStatus);
  const speed = useStore(store, selectSpeed);
  const nowMs = useStore(store, selectNowMs);
  const durationMs = useStore(store, selectDurationMs);
  const send = session.controller.send;
  // Read only the tail: the world view changes identity whenever the simulation moves, so this
  // render already runs exactly when the trace may have grown or shrunk.
  const traceLength = session.sim.traceLength();
  const traceTail = session.sim.traceSlice(
    Math.max(0, traceLength - TRACE_TAIL_LENGTH),
    traceLength,
  );
  return (
    <>
      <div className="toolbar">
        <PlayerControls status={status} onCommand={send} />
        <SpeedControl speed={speed} onCommand={send} />
        <TimeReadout nowMs={nowMs} durationMs={durationMs} status={status} />
      </div>
      <Scrubber nowMs={nowMs} durationMs={durationMs} onCommand={send} />
      <GroupStateAnnouncer groups={world.groups} />
      <div className="workspace">
        <div className="workspace-main">
          <PartitionLogView world={world} />
          <TraceList events={traceTail} totalCount={traceLength} />
        </div>
        <GroupPanel world={world} />
      </div>
    </>
  );
}
