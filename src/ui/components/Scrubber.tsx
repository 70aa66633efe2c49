// The timeline scrubber: drag or use the keys to seek anywhere in the scenario.

import type { PlayerCommand } from '../../player/index.ts';
import { formatSeconds } from '../format/formatTime.ts';

export interface ScrubberProps {
  readonly nowMs: number;
  readonly durationMs: number;
  readonly onCommand: (command: PlayerCommand) => void;
}

export function Scrubber({ nowMs, durationMs, onCommand }: ScrubberProps) {
  return (
    <input
      className="scrubber"
      type="range"
      aria-label="Simulated time"
      aria-valuetext={formatSeconds(nowMs)}
      min={0}
      max={durationMs}
      step={1}
      value={Math.min(nowMs, durationMs)}
      onChange={(event) => onCommand({ type: 'SEEK', tMs: Number(event.target.value) })}
    />
  );
}
