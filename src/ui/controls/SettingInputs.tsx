// The labelled number and text inputs the data fault fields are made of, and the cut that keeps a
// text within the scenario format's length. They are apart from DataFaultFields.tsx so that it
// reads as which settings there are, and each input's markup is written once.

import { TEXT_CHARS_MAX } from '../../scenario/index.ts';

/** The text typed, cut to the longest text a scenario accepts. */
export const clipText = (value: string): string => value.slice(0, TEXT_CHARS_MAX);

interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly onValue: (text: string) => void;
}

export function NumberField({ label, value, min, max, step, onValue }: NumberFieldProps) {
  return (
    <label className="drop-acks">
      {label}{' '}
      <input
        type="number"
        min={min}
        max={max}
        step={step}
        value={value}
        onChange={(event) => onValue(event.target.value)}
      />
    </label>
  );
}

export function TextField({
  label,
  value,
  onValue,
}: {
  readonly label: string;
  readonly value: string;
  readonly onValue: (text: string) => void;
}) {
  return (
    <label className="drop-acks">
      {label}{' '}
      <input
        type="text"
        maxLength={TEXT_CHARS_MAX}
        value={value}
        onChange={(event) => onValue(event.target.value)}
      />
    </label>
  );
}
