// One record on a partition strip. Memoised on plain values: as the log window slides, the
// cells already on screen keep their props and React skips them.

import { memo } from 'react';
import { STRIP_CELL_HEIGHT, STRIP_CELL_Y } from '../../viz/stripMetrics.ts';

export interface RecordCellProps {
  readonly offset: number;
  readonly xPx: number;
  readonly widthPx: number;
  readonly fill: string;
  readonly recordKey: string | null;
  readonly value: string;
  /** At or above the high watermark: consumers cannot read it yet. */
  readonly unreadable: boolean;
}

export const RecordCell = memo(function RecordCell({
  offset,
  xPx,
  widthPx,
  fill,
  recordKey,
  value,
  unreadable,
}: RecordCellProps) {
  return (
    <rect
      data-testid="record-cell"
      data-offset={offset}
      className={unreadable ? 'record-cell above-hw' : 'record-cell'}
      x={xPx}
      y={STRIP_CELL_Y + 1}
      width={widthPx}
      height={STRIP_CELL_HEIGHT - 2}
      rx={2}
      fill={fill}
    >
      <title>{`offset ${offset} · key ${recordKey ?? 'null'} · ${value}${unreadable ? ' · above the high watermark: not yet readable' : ''}`}</title>
    </rect>
  );
});
