// The playback speed slider, on a log scale from 0.1× to 100× (see viz/speedScale.ts).

import { useId } from 'react';
import type { PlayerCommand } from '../../player/index.ts';
import {
  formatSpeed,
  sliderPositionToSpeed,
  SPEED_SLIDER_MAX,
  speedToSliderPosition,
} from '../viz/speedScale.ts';

export interface SpeedControlProps {
  readonly speed: number;
  readonly onCommand: (command: PlayerCommand) => void;
}

export function SpeedControl({ speed, onCommand }: SpeedControlProps) {
  const inputId = useId();
  const text = `${formatSpeed(speed)} real time`;
  return (
    <div className="speed-control">
      <label htmlFor={inputId}>Speed</label>
      <input
        id={inputId}
        type="range"
        min={0}
        max={SPEED_SLIDER_MAX}
        step={1}
        value={speedToSliderPosition(speed)}
        aria-valuetext={text}
        title="Playback speed: [ slower, ] faster"
        onChange={(event) =>
          onCommand({ type: 'SET_SPEED', speed: sliderPositionToSpeed(Number(event.target.value)) })
        }
      />
      <output
        htmlFor={inputId}
        title="Virtual seconds per wall-clock second"
        data-testid="speed-value"
      >
        {text}
      </output>
    </div>
  );
}
