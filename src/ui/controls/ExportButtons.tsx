// Downloads the trace so far as JSONL (the engine's format, one event per line) or as CSV, and the
// view last clicked or focused as SVG or PNG. The trace is built on demand at the click, never
// kept around per frame; the view is read from the page as it is drawn now.

import { useStore } from 'zustand';
import { formatTraceJsonl, type Simulation } from '../../engine/index.ts';
import { useUiStore } from '../hooks/useUiStore.ts';
import { downloadText } from './downloadText.ts';
import { exportView, type PictureFormat } from './exportView.ts';
import { formatTraceCsv } from './traceCsv.ts';
import { announce, selectExportView } from './uiStore.ts';

export interface ExportButtonsProps {
  readonly sim: Simulation;
  /** File name without extension, e.g. `rebalance-seed7-t12000`. */
  readonly fileBase: string;
}

export function ExportButtons({ sim, fileBase }: ExportButtonsProps) {
  const ui = useUiStore();
  const lastUsed = useStore(ui, selectExportView);
  const saveView = (format: PictureFormat): void => {
    void exportView(document, lastUsed, format, fileBase).then((message) => announce(ui, message));
  };
  const which = 'the view you last clicked (or the first one with a chart)';
  return (
    <span className="export-buttons" role="group" aria-label="Export">
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
      <button type="button" onClick={() => saveView('svg')} title={`Save ${which} as SVG`}>
        View SVG
      </button>
      <button type="button" onClick={() => saveView('png')} title={`Save ${which} as PNG`}>
        View PNG
      </button>
    </span>
  );
}
