// The consumer groups of the world, one card each. Memoised: it re-renders when the world does.

import { memo, useMemo } from 'react';
import type { WorldView } from '../../engine/index.ts';
import { consumerColours } from '../viz/palettes.ts';
import { GroupCard } from './GroupCard.tsx';

export interface GroupPanelProps {
  readonly world: WorldView;
}

export const GroupPanel = memo(function GroupPanel({ world }: GroupPanelProps) {
  const consumerIds = world.consumers.map((consumer) => consumer.id).join('\n');
  const colours = useMemo(() => consumerColours(consumerIds.split('\n')), [consumerIds]);
  return (
    <section className="panel group-panel" aria-labelledby="group-panel-heading">
      <h2 id="group-panel-heading">Consumer groups</h2>
      {world.groups.length === 0 && <p className="muted">No consumer groups.</p>}
      {world.groups.map((group) => (
        <GroupCard key={group.id} group={group} consumers={world.consumers} colours={colours} />
      ))}
    </section>
  );
});
