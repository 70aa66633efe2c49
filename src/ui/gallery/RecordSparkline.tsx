// A tiny static chart of records appended over a scenario's run, drawn from a RecordSeries.

import { formatDuration } from '../format/formatDuration.ts';
import { recordTotal, type RecordSeries } from './recordSeries.ts';
import { runningTotals, sparklinePaths } from './sparklinePath.ts';

const WIDTH = 240;
const HEIGHT = 36;

export interface RecordSparklineProps {
  readonly series: RecordSeries;
}

function describe(series: RecordSeries): string {
  const total = recordTotal(series);
  const span = formatDuration(series.spanMs);
  const cut = series.complete ? '' : ' (preview cut short)';
  return `Records appended over time: ${total} in ${span}${cut}`;
}

export function RecordSparkline({ series }: RecordSparklineProps) {
  const paths = sparklinePaths(runningTotals(series.counts), WIDTH, HEIGHT);
  const label = describe(series);
  return (
    <svg
      className="record-sparkline"
      data-testid="record-sparkline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <path className="spark-area" d={paths.area} />
      <path className="spark-line" d={paths.line} vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
