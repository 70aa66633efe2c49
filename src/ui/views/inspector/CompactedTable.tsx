// The table a partition's log encodes: the latest value of each key, tombstones deleting keys.
// For a compacted topic this is the whole point of the log, so the inspector shows it beside the
// partition's state; the rule itself is the engine's `tableFromLog`.

import { tableFromLog, type PartitionView } from '../../../engine/index.ts';

/** Rows shown at most; a bigger table says how many more there are. */
export const TABLE_ROWS_MAX = 50;

export interface CompactedTableProps {
  readonly partition: PartitionView;
}

export function CompactedTable({ partition }: CompactedTableProps) {
  const rows = tableFromLog(partition.records, partition.logStartOffset, partition.highWatermark);
  return (
    <table className="property-table" data-testid="compacted-table">
      <caption>
        Table this log encodes (latest value per key, readable records only): {rows.length} keys
      </caption>
      <thead>
        <tr>
          <th scope="col">key</th>
          <th scope="col">value</th>
          <th scope="col">offset</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, TABLE_ROWS_MAX).map((r) => (
          <tr key={r.key}>
            <td>{r.key}</td>
            <td>{r.value}</td>
            <td>{r.offset}</td>
          </tr>
        ))}
        {rows.length > TABLE_ROWS_MAX && (
          <tr>
            <td colSpan={3} className="muted">
              … and {rows.length - TABLE_ROWS_MAX} more keys
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
