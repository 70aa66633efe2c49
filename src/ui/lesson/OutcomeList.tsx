// The scenario's expected outcomes, each marked once the run has passed the time it needs: shown
// (it held), not shown (with the checker's message), or still to come.

import { formatDuration } from '../format/formatDuration.ts';
import type { OutcomeRow } from './useOutcomes.ts';

export interface OutcomeListProps {
  readonly rows: readonly OutcomeRow[];
}

const MARKS = { shown: '✓', 'not-shown': '✗', waiting: '○' } as const;

export function OutcomeList({ rows }: OutcomeListProps) {
  const shown = rows.filter((r) => r.status === 'shown').length;
  return (
    <section className="lesson-outcomes" aria-labelledby="lesson-outcomes-heading">
      <h3 id="lesson-outcomes-heading">
        Outcomes{' '}
        <span className="muted">
          ({shown} of {rows.length} shown)
        </span>
      </h3>
      <ul>
        {rows.map((row, i) => (
          <li
            key={i}
            className={`outcome ${row.status}`}
            data-testid="outcome"
            data-status={row.status}
          >
            <span className="outcome-mark" aria-hidden="true">
              {MARKS[row.status]}
            </span>
            <span>
              {row.label}
              <span className="visually-hidden">
                {row.status === 'shown'
                  ? ' (shown)'
                  : row.status === 'not-shown'
                    ? ' (not shown)'
                    : ''}
              </span>
              {row.status === 'waiting' && (
                <span className="outcome-when muted">
                  {' '}
                  (checked at {formatDuration(row.dueMs)})
                </span>
              )}
              {row.status === 'not-shown' && row.message !== null && (
                <span className="outcome-message">{row.message}</span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
