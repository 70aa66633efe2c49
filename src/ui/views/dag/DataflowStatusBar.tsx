// The line of chips above a dataflow's graph: its mode, whether it runs or restarts, its
// checkpoints, backpressure and staged sink rows. Tones add a border style as well as a colour.

import type { StatusChip } from './dataflowStatus.ts';

export function DataflowStatusBar({
  dataflowId,
  chips,
}: {
  readonly dataflowId: string;
  readonly chips: readonly StatusChip[];
}) {
  return (
    <ul className="dag-status" aria-label={`Status of dataflow ${dataflowId}`}>
      {chips.map((chip) => (
        <li
          key={chip.id}
          className={`dag-chip tone-${chip.tone}`}
          data-testid={`dag-status-${chip.id}`}
        >
          {chip.text}
        </li>
      ))}
    </ul>
  );
}
