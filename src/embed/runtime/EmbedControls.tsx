// The transport an author chose for an embed: none, a minimal one (play/pause, time, scrubber) or
// the full sandbox's (steps, restart, speed and the view switches as well).

import { useStore } from 'zustand';
import {
  selectHistoryDroppedBeforeMs,
  type PlaybackStatus,
  type PlayerCommand,
  type PlayerStore,
} from '../../player/index.ts';
import { HistoryNotice } from '../../ui/components/HistoryNotice.tsx';
import { PlayerControls } from '../../ui/components/PlayerControls.tsx';
import { PlayerIcon } from '../../ui/components/PlayerIcon.tsx';
import { Scrubber } from '../../ui/components/Scrubber.tsx';
import { SpeedControl } from '../../ui/components/SpeedControl.tsx';
import { TimeReadout } from '../../ui/components/TimeReadout.tsx';
import { PanelToggleBar } from '../../ui/views/PanelToggleBar.tsx';
import type { ViewId } from '../../ui/views/viewIds.ts';
import type { ControlMode } from '../options/embedOptions.ts';

export interface EmbedControlsProps {
  readonly mode: ControlMode;
  /** For the bounded-history notice and the scrubber's "no longer kept" mark of a long run. */
  readonly player: PlayerStore;
  readonly status: PlaybackStatus;
  readonly speed: number;
  readonly nowMs: number;
  readonly durationMs: number;
  readonly visible: ReadonlySet<ViewId>;
  readonly onToggleView: (view: ViewId) => void;
  readonly onCommand: (command: PlayerCommand) => void;
}

function PlayPauseButton({ status, onCommand }: Pick<EmbedControlsProps, 'status' | 'onCommand'>) {
  const playing = status === 'playing';
  return (
    <div className="player-controls" role="group" aria-label="Playback">
      <button
        type="button"
        className="primary"
        onClick={() => onCommand({ type: playing ? 'PAUSE' : 'PLAY' })}
      >
        <PlayerIcon name={playing ? 'pause' : 'play'} /> {playing ? 'Pause' : 'Play'}
      </button>
    </div>
  );
}

export function EmbedControls(props: EmbedControlsProps) {
  const { mode, player, status, speed, nowMs, durationMs, visible, onToggleView, onCommand } =
    props;
  const droppedBeforeMs = useStore(player, selectHistoryDroppedBeforeMs);
  if (mode === 'none') {
    // Without controls the time still shows, so a reader knows where the run is.
    return (
      <div className="embed-controls" data-controls="none">
        <TimeReadout nowMs={nowMs} durationMs={durationMs} status={status} />
      </div>
    );
  }
  return (
    <div className="embed-controls" data-controls={mode}>
      <div className="toolbar">
        {mode === 'full' ? (
          <PlayerControls status={status} onCommand={onCommand} />
        ) : (
          <PlayPauseButton status={status} onCommand={onCommand} />
        )}
        {mode === 'full' && <SpeedControl speed={speed} onCommand={onCommand} />}
        <TimeReadout nowMs={nowMs} durationMs={durationMs} status={status} />
      </div>
      <Scrubber
        nowMs={nowMs}
        durationMs={durationMs}
        onCommand={onCommand}
        droppedBeforeMs={droppedBeforeMs}
      />
      <HistoryNotice store={player} />
      {mode === 'full' && <PanelToggleBar visible={visible} onToggle={onToggleView} />}
    </div>
  );
}
