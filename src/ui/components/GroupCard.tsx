// One consumer group: coordinator state, generation, leader, assignment by consumer, and the
// committed offset and lag of each partition.

import type { ConsumerView, GroupView } from '../../engine/index.ts';

export interface GroupCardProps {
  readonly group: GroupView;
  readonly consumers: readonly ConsumerView[];
  readonly colours: ReadonlyMap<string, string>;
}

export function GroupCard({ group, consumers, colours }: GroupCardProps) {
  const members = consumers.filter((consumer) => consumer.group === group.id);
  const partitions = Object.keys(group.lag).sort();
  return (
    <article className="group-card" aria-label={`Group ${group.id}`} data-testid="group-card">
      <header>
        <h3>{group.id}</h3>
        <span className={`group-state state-${group.state}`} data-testid="group-state">
          {group.state}
        </span>
        <span className="muted">
          generation {group.generation} · leader {group.leader ?? '—'} · {group.assignor}
        </span>
      </header>
      <ul className="assignment">
        {members.map((consumer) => (
          <li key={consumer.id}>
            <span
              className="swatch"
              style={{ background: colours.get(consumer.id) ?? '#000000' }}
              aria-hidden="true"
            />
            <strong>{consumer.id}</strong>{' '}
            <span className="muted">
              ({consumer.status}
              {consumer.paused ? ', paused' : ''})
            </span>
            :{' '}
            {(group.assignment[consumer.memberId ?? consumer.id] ?? []).join(', ') ||
              'no partitions'}
          </li>
        ))}
      </ul>
      {partitions.length > 0 && (
        <table className="lag-table">
          <thead>
            <tr>
              <th scope="col">partition</th>
              <th scope="col">committed</th>
              <th scope="col">lag</th>
            </tr>
          </thead>
          <tbody>
            {partitions.map((partition) => (
              <tr key={partition}>
                <th scope="row">{partition}</th>
                <td>{group.committed[partition] ?? '—'}</td>
                <td>{group.lag[partition]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
