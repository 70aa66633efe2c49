// The numbers some faults take, set once in the fault panel: how many produce acks to drop, how
// long a pause lasts and how much slower a slowed node runs. Each field shows its unit and range
// and keeps its value within the range a shared link accepts.

import { DROP_ACKS_MAX } from '../url/checkLinkInterventions.ts';
import type { FaultSettings } from './entityActions.ts';
import './faultSettings.css';

export interface FaultSettingsFieldsProps {
  readonly settings: FaultSettings;
  readonly onSettings: (settings: FaultSettings) => void;
}

const PAUSE_S_MAX = 600;
const SLOW_FACTOR_MAX = 100;

function clamped(text: string, min: number, max: number, fallback: number): number {
  const value = Number(text);
  return Number.isFinite(value) && text.trim() !== ''
    ? Math.min(max, Math.max(min, value))
    : fallback;
}

export function FaultSettingsFields({ settings, onSettings }: FaultSettingsFieldsProps) {
  return (
    <div className="fault-settings">
      <label className="drop-acks">
        Acks to drop (1 to {DROP_ACKS_MAX}){' '}
        <input
          type="number"
          min={1}
          max={DROP_ACKS_MAX}
          value={settings.dropAcks}
          onChange={(event) =>
            onSettings({
              ...settings,
              dropAcks: Math.round(clamped(event.target.value, 1, DROP_ACKS_MAX, 1)),
            })
          }
        />
      </label>
      <label className="drop-acks">
        Pause (s, 0.1 to {PAUSE_S_MAX}){' '}
        <input
          type="number"
          min={0.1}
          max={PAUSE_S_MAX}
          step={0.1}
          value={settings.pauseMs / 1000}
          onChange={(event) =>
            onSettings({
              ...settings,
              pauseMs: Math.round(clamped(event.target.value, 0.1, PAUSE_S_MAX, 2) * 1000),
            })
          }
        />
      </label>
      <label className="drop-acks">
        Slow factor (×, 1.5 to {SLOW_FACTOR_MAX}){' '}
        <input
          type="number"
          min={1.5}
          max={SLOW_FACTOR_MAX}
          step={0.5}
          value={settings.slowFactor}
          onChange={(event) =>
            onSettings({
              ...settings,
              slowFactor: clamped(event.target.value, 1.5, SLOW_FACTOR_MAX, 4),
            })
          }
        />
      </label>
    </div>
  );
}
