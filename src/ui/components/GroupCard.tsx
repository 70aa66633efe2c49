// One consumer group: coordinator state, generation, leader, assignment by consumer, and the
// committed offset and lag of each partition. The group's name and each consumer are buttons that
// highlight them in every view and fill the inspector.

import type { ConsumerView, GroupView } from '../../engine/index.ts';
import { useEntityButton } from '../views/useEntityButton.ts';

export interface GroupCardProps {
  readonly group: GroupView;
  readonly consumers: readonly ConsumerView[];
  readonly colours: ReadonlyMap<string, string>;
}

export function GroupCard({ group, consumers, colours }: GroupCardProps) {
  const members = consumers.filter((consumer) => consumer.group === group.id);
  const partitions = Object.keys(group.lag).sort();
  const { props, highlighted } = useEntityButton('group', group.id, `Inspect group ${group.id}`);
  return (
    <article
      className={`group-card${highlighted ? ' highlighted' : ''}`}
      aria-label={`Group ${group.id}`}
      data-testid="group-card"
    >
      <header>
        <h3>
          <button
            type="button"
            className="entity-link"
            aria-label={props['aria-label']}
            aria-pressed={props['aria-pressed']}
            data-entity={props['data-entity']}
            onClick={props.onClick}
          >
            {group.id}
          </button>
        </h3>
        <span className={`group-state state-${group.state}`} data-testid="group-state">
          {group.state}
        </span>
        <span className="muted">
          generation {group.generation} · leader {group.leader ?? '—'} · {group.assignor}
        </span>
      </header>
      <ul className="assignment">
        {members.map((consumer) => (
          <MemberLine
            key={consumer.id}
            consumer={consumer}
            group={group}
            colour={colours.get(consumer.id)}
          />
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

interface MemberLineProps {
  readonly consumer: ConsumerView;
  readonly group: GroupView;
  readonly colour: string | undefined;
}

function MemberLine({ consumer, group, colour }: MemberLineProps) {
  const { props, highlighted } = useEntityButton(
    'consumer',
    consumer.id,
    `Inspect consumer ${consumer.id}`,
  );
  return (
    <li className={highlighted ? 'highlighted' : undefined}>
      <span className="swatch" style={{ background: colour ?? '#000000' }} aria-hidden="true" />
      <button
        type="button"
        className="entity-link"
        aria-label={props['aria-label']}
        aria-pressed={props['aria-pressed']}
        data-entity={props['data-entity']}
        onClick={props.onClick}
      >
        <strong>{consumer.id}</strong>
      </button>{' '}
      <span className="muted">
        ({consumer.status}
        {consumer.paused ? ', paused' : ''})
      </span>
      : {(group.assignment[consumer.memberId ?? consumer.id] ?? []).join(', ') || 'no partitions'}
    </li>
  );
}
