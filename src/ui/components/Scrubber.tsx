// The timeline scrubber: drag or use the keys to seek anywhere in the scenario. When a long run's
// bounded history has dropped its early part, a hatched band covers that part of the track
// (HistoryNotice says why), and the player clamps seeks into it to the earliest time still kept.

import type { PlayerCommand } from '../../player/index.ts';
import { formatSeconds } from '../format/formatTime.ts';

export interface ScrubberProps {
  readonly nowMs: number;
  readonly durationMs: number;
  readonly onCommand: (command: PlayerCommand) => void;
  /** History before this time was dropped; null or absent while the whole run is kept. */
  readonly droppedBeforeMs?: number | null;
  /** A drag of the thumb starts (true) or ends (false), so views can refresh in turn meanwhile. */
  readonly onScrubbing?: (active: boolean) => void;
}

const DROPPED_BAND = {
  position: 'absolute',
  left: 0,
  top: 0,
  bottom: 0,
  pointerEvents: 'none',
  background:
    'repeating-linear-gradient(135deg, rgba(91, 100, 118, 0.55) 0 3px, transparent 3px 7px)',
} as const;

export function Scrubber({
  nowMs,
  durationMs,
  onCommand,
  droppedBeforeMs = null,
  onScrubbing,
}: ScrubberProps) {
  const endDrag = (): void => onScrubbing?.(false);
  const input = (
    <input
      className="scrubber"
      style={droppedBeforeMs === null ? undefined : { margin: 0 }}
      type="range"
      aria-label="Simulated time"
      aria-valuetext={formatSeconds(nowMs)}
      min={0}
      max={durationMs}
      step={1}
      value={Math.min(nowMs, durationMs)}
      onChange={(event) => onCommand({ type: 'SEEK', tMs: Number(event.target.value) })}
      onPointerDown={() => onScrubbing?.(true)}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onLostPointerCapture={endDrag}
      onBlur={endDrag}
    />
  );
  if (droppedBeforeMs === null) return input;
  const percent = durationMs > 0 ? Math.min(100, (100 * droppedBeforeMs) / durationMs) : 0;
  return (
    <div style={{ position: 'relative', margin: '0.6rem 0' }}>
      {input}
      <div
        className="scrubber-dropped"
        aria-hidden="true"
        style={{ ...DROPPED_BAND, width: `${percent}%` }}
      />
    </div>
  );
}
