// The transport buttons. They only dispatch commands; the playback machine decides what they mean.

import type { PlaybackStatus, PlayerCommand } from '../../player/index.ts';
import { PlayerIcon } from './PlayerIcon.tsx';

export interface PlayerControlsProps {
  readonly status: PlaybackStatus;
  readonly onCommand: (command: PlayerCommand) => void;
}

export function PlayerControls({ status, onCommand }: PlayerControlsProps) {
  const playing = status === 'playing';
  return (
    <div className="player-controls" role="group" aria-label="Playback">
      <button
        type="button"
        onClick={() => onCommand({ type: 'STEP_BACK' })}
        title="Step back (Left arrow)"
      >
        <PlayerIcon name="step-back" /> Step back
      </button>
      <button
        type="button"
        className="primary"
        onClick={() => onCommand({ type: playing ? 'PAUSE' : 'PLAY' })}
        title="Play or pause (Space)"
      >
        <PlayerIcon name={playing ? 'pause' : 'play'} /> {playing ? 'Pause' : 'Play'}
      </button>
      <button
        type="button"
        onClick={() => onCommand({ type: 'STEP_FORWARD' })}
        title="Step to the next event (Right arrow)"
      >
        Step <PlayerIcon name="step-forward" />
      </button>
      <button
        type="button"
        onClick={() => onCommand({ type: 'STEP_TO_INTERESTING' })}
        title="Jump to the next key event: a rebalance, crash, election or intervention (Shift+Right arrow)"
      >
        Next key event <PlayerIcon name="step-forward" />
      </button>
      <button
        type="button"
        onClick={() => onCommand({ type: 'RESTART' })}
        title="Back to time zero (R)"
      >
        <PlayerIcon name="restart" /> Restart
      </button>
    </div>
  );
}
