// A producer in the topology: its id, topic and whether it is running. Click to inspect.

import type { ProducerView } from '../../../engine/index.ts';
import type { Box } from '../../viz/topologyLayout.ts';
import { useEntityButton } from '../useEntityButton.ts';

export function ProducerNode({
  producer,
  box,
}: {
  readonly producer: ProducerView;
  readonly box: Box;
}) {
  const status = producer.running ? 'running' : 'stopped';
  const { props, highlighted } = useEntityButton(
    'producer',
    producer.id,
    `Producer ${producer.id}, ${status}`,
  );
  return (
    <g
      {...props}
      className={`topo-node producer ${status}${highlighted ? ' highlighted' : ''}`}
      data-testid="topo-producer"
    >
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={6} />
      <text x={box.x + 10} y={box.y + 17} className="topo-title">
        {producer.id}
      </text>
      <text x={box.x + 10} y={box.y + 32} className="topo-sub">
        → {producer.topic} · {status}
      </text>
    </g>
  );
}
