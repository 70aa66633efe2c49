// A two-column table of names and values; Kafka and Flink property names are set in monospace, sandbox-only
// knobs are labelled, and values the scenario left at their default say so.

import type { PropertyRow } from './propertyRow.ts';

export interface PropertyTableProps {
  readonly caption: string;
  readonly rows: readonly (PropertyRow | { readonly name: string; readonly value: string })[];
}

export function PropertyTable({ caption, rows }: PropertyTableProps) {
  return (
    <table className="property-table">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((row) => {
          const kafka = 'source' in row && (row.source === 'kafka' || row.source === 'flink');
          return (
            <tr key={row.name}>
              <th scope="row" className={kafka ? 'kafka-name' : undefined}>
                {kafka ? <DottedName name={row.name} /> : row.name}
                {'source' in row && row.source === 'sandbox' && (
                  <span className="sandbox-tag">sandbox</span>
                )}
              </th>
              <td>
                {row.value}
                {'isDefault' in row && row.isDefault && <span className="muted"> (default)</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Lets long property names wrap after their dots rather than mid-word. */
function DottedName({ name }: { readonly name: string }) {
  const parts = name.split('.');
  return parts.map((part, i) => (
    <span key={i}>
      {part}
      {i < parts.length - 1 && (
        <>
          .<wbr />
        </>
      )}
    </span>
  ));
}
