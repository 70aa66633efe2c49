// How many produce acks the broker "drop acks" buttons drop: a small number field kept within
// 1..DROP_ACKS_MAX, so a stray keystroke cannot produce a command a link would refuse.

import { DROP_ACKS_MAX } from '../url/checkLinkInterventions.ts';

export interface DropAcksFieldProps {
  readonly count: number;
  readonly onCount: (count: number) => void;
}

export function DropAcksField({ count, onCount }: DropAcksFieldProps) {
  return (
    <label className="drop-acks">
      Acks to drop{' '}
      <input
        type="number"
        min={1}
        max={DROP_ACKS_MAX}
        value={count}
        onChange={(event) =>
          onCount(Math.min(DROP_ACKS_MAX, Math.max(1, Math.round(Number(event.target.value)) || 1)))
        }
      />
    </label>
  );
}
