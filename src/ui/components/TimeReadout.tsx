// Simulated time and scenario length in seconds, plus the playback status.

import type { PlaybackStatus } from '../../player/index.ts';
import { formatSeconds } from '../format/formatTime.ts';

export interface TimeReadoutProps {
  readonly nowMs: number;
  readonly durationMs: number;
  readonly status: PlaybackStatus;
}

export function TimeReadout({ nowMs, durationMs, status }: TimeReadoutProps) {
  return (
    <p className="time-readout">
      <span data-testid="time-now" data-now-ms={nowMs}>
        t = {formatSeconds(nowMs)}
      </span>{' '}
      <span className="muted">/ {formatSeconds(durationMs)}</span>{' '}
      <span className={`status status-${status}`} data-testid="playback-status">
        {status}
      </span>
    </p>
  );
}
