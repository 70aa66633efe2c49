// The numbers and texts of the data commands, set once in the fault panel: the late record's key,
// value and how far in the past its event time lies, the clock skew, the hot-key burst, and how
// many partitions to add to a topic. Every field shows its unit and range and keeps its value
// within the bounds the scenario format accepts, so a recorded session always validates.

import { CLOCK_OFFSET_MS_MAX, DURATION_MS_MAX, PARTITIONS_MAX } from '../../scenario/index.ts';
import { clampNumber } from './clampNumber.ts';
import type { FaultSettings } from './entityActions.ts';
import { BLANK_KEY } from './producerDataActions.ts';
import { clipText, NumberField, TextField } from './SettingInputs.tsx';
import './faultSettings.css';

export { clampNumber } from './clampNumber.ts';

export interface DataFaultFieldsProps {
  readonly settings: FaultSettings;
  readonly onSettings: (settings: FaultSettings) => void;
}

const CLOCK_S_MAX = CLOCK_OFFSET_MS_MAX / 1000;
const DURATION_S_MAX = DURATION_MS_MAX / 1000;

interface FieldGroupProps {
  readonly settings: FaultSettings;
  /** Sets the fields in `patch` and keeps the others. */
  readonly set: (patch: Partial<FaultSettings>) => void;
}

function LateRecordFields({ settings, set }: FieldGroupProps) {
  return (
    <fieldset className="fault-group">
      <legend>Late record</legend>
      <TextField
        label={`Key (blank: ${BLANK_KEY})`}
        value={settings.lateKey}
        onValue={(value) => set({ lateKey: clipText(value) })}
      />
      <TextField
        label="Value"
        value={settings.lateValue}
        onValue={(value) => set({ lateValue: clipText(value) })}
      />
      <NumberField
        label={`Event time (s before now, 0 to ${DURATION_S_MAX})`}
        value={settings.lateByMs / 1000}
        min={0}
        max={DURATION_S_MAX}
        step={0.1}
        onValue={(text) =>
          set({ lateByMs: Math.round(clampNumber(text, 0, DURATION_S_MAX, 3, 5) * 1000) })
        }
      />
    </fieldset>
  );
}

function ClockAndKeyFields({ settings, set }: FieldGroupProps) {
  return (
    <fieldset className="fault-group">
      <legend>Producer clock and keys</legend>
      <NumberField
        label={`Clock skew (s, −${CLOCK_S_MAX} to +${CLOCK_S_MAX})`}
        value={settings.skewMs / 1000}
        min={-CLOCK_S_MAX}
        max={CLOCK_S_MAX}
        step={0.1}
        onValue={(text) =>
          set({ skewMs: Math.round(clampNumber(text, -CLOCK_S_MAX, CLOCK_S_MAX, 3, 0) * 1000) })
        }
      />
      <TextField
        label={`Hot key (blank: ${BLANK_KEY})`}
        value={settings.burstKey}
        onValue={(value) => set({ burstKey: clipText(value) })}
      />
      <NumberField
        label="Hot-key share (0 to 1)"
        value={settings.burstShare}
        min={0}
        max={1}
        step={0.05}
        onValue={(text) => set({ burstShare: clampNumber(text, 0, 1, 3, 0.8) })}
      />
      <NumberField
        label={`Burst length (s, 0.001 to ${DURATION_S_MAX})`}
        value={settings.burstMs / 1000}
        min={0.001}
        max={DURATION_S_MAX}
        step={1}
        onValue={(text) =>
          set({ burstMs: Math.round(clampNumber(text, 0.001, DURATION_S_MAX, 3, 5) * 1000) })
        }
      />
    </fieldset>
  );
}

export function DataFaultFields({ settings, onSettings }: DataFaultFieldsProps) {
  const set = (patch: Partial<FaultSettings>): void => onSettings({ ...settings, ...patch });
  return (
    <div className="fault-settings">
      <LateRecordFields settings={settings} set={set} />
      <ClockAndKeyFields settings={settings} set={set} />
      <NumberField
        label={`Partitions to add (1 to ${PARTITIONS_MAX - 1})`}
        value={settings.addPartitions}
        min={1}
        max={PARTITIONS_MAX - 1}
        step={1}
        onValue={(text) => set({ addPartitions: clampNumber(text, 1, PARTITIONS_MAX - 1, 0, 1) })}
      />
    </div>
  );
}
