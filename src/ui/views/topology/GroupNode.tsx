// A consumer group in the topology: its coordinator state and generation, and one row per
// consumer with its colour, status and owned partitions. Click the group or a consumer to inspect.

import type { ConsumerView, GroupView } from '../../../engine/index.ts';
import type { Box } from '../../viz/topologyLayout.ts';
import { useEntityButton } from '../useEntityButton.ts';

export interface GroupNodeProps {
  readonly group: GroupView;
  readonly box: Box;
  readonly consumers: readonly { readonly consumer: ConsumerView; readonly box: Box }[];
  readonly colours: ReadonlyMap<string, string>;
}

export function GroupNode({ group, box, consumers, colours }: GroupNodeProps) {
  const { props, highlighted } = useEntityButton(
    'group',
    group.id,
    `Group ${group.id}, ${group.state}, generation ${group.generation}`,
  );
  return (
    <g
      className={`topo-node group state-${group.state}${highlighted ? ' highlighted' : ''}`}
      data-testid="topo-group"
    >
      <g {...props} className="topo-head">
        <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={6} />
        <text x={box.x + 10} y={box.y + 19} className="topo-title">
          {group.id}{' '}
          <tspan className="topo-sub">
            {group.state} · gen {group.generation}
          </tspan>
        </text>
      </g>
      {consumers.map(({ consumer, box: row }) => (
        <ConsumerRow
          key={consumer.id}
          consumer={consumer}
          box={row}
          colour={colours.get(consumer.id)}
        />
      ))}
    </g>
  );
}

interface ConsumerRowProps {
  readonly consumer: ConsumerView;
  readonly box: Box;
  readonly colour: string | undefined;
}

function ConsumerRow({ consumer, box, colour }: ConsumerRowProps) {
  const status = consumer.paused && consumer.status === 'active' ? 'paused' : consumer.status;
  const owned = consumer.assigned.map((p) => p.slice(p.lastIndexOf('-') + 1)).join(',');
  const { props, highlighted } = useEntityButton(
    'consumer',
    consumer.id,
    `Consumer ${consumer.id}, ${status}`,
  );
  const gone = consumer.status === 'crashed' || consumer.status === 'left';
  return (
    <g
      {...props}
      className={`topo-consumer status-${consumer.status}${highlighted ? ' highlighted' : ''}`}
    >
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={4} />
      <circle
        cx={box.x + 11}
        cy={box.y + box.h / 2}
        r={5}
        fill={gone ? '#ffffff' : (colour ?? '#000000')}
        stroke={colour}
      />
      <text x={box.x + 22} y={box.y + 16}>
        {gone ? '✕ ' : ''}
        {consumer.id}{' '}
        <tspan className="topo-sub">
          {status}
          {owned === '' ? '' : ` · p${owned}`}
        </tspan>
      </text>
    </g>
  );
}
