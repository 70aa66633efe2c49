// Downloads the trace so far as JSONL (the engine's format, one event per line) or as CSV. The
// trace is built on demand at the click, never kept around per frame.

import { formatTraceJsonl, type Simulation } from '../../engine/index.ts';
import { downloadText } from './downloadText.ts';
import { formatTraceCsv } from './traceCsv.ts';

export interface ExportButtonsProps {
  readonly sim: Simulation;
  /** File name without extension, e.g. `rebalance-seed7-t12000`. */
  readonly fileBase: string;
}

export function ExportButtons({ sim, fileBase }: ExportButtonsProps) {
  return (
    <span className="export-buttons" role="group" aria-label="Export the trace">
      <button
        type="button"
        onClick={() =>
          downloadText(formatTraceJsonl(sim.trace()), `${fileBase}.jsonl`, 'application/x-ndjson')
        }
      >
        Trace JSONL
      </button>
      <button
        type="button"
        onClick={() => downloadText(formatTraceCsv(sim.trace()), `${fileBase}.csv`, 'text/csv')}
      >
        Trace CSV
      </button>
    </span>
  );
}
