// The latest trace events in their one-line text form, newest last, as in a terminal.

import { formatTraceLine, type TraceEvent } from '../../engine/index.ts';

export interface TraceListProps {
  readonly events: readonly TraceEvent[];
  /** Total number of events so far, shown so the tail has context. */
  readonly totalCount: number;
}

export function TraceList({ events, totalCount }: TraceListProps) {
  return (
    <section className="panel trace-list" aria-labelledby="trace-heading">
      <h2 id="trace-heading">
        Trace{' '}
        <span className="muted">
          (last {events.length} of {totalCount})
        </span>
      </h2>
      <ol
        className="trace-lines"
        data-testid="trace-lines"
        data-total-count={totalCount}
        start={totalCount - events.length + 1}
      >
        {events.map((event, index) => (
          <li key={totalCount - events.length + index}>{formatTraceLine(event)}</li>
        ))}
      </ol>
    </section>
  );
}
