// The colours of the topology's links and partition chips: a fetch link takes the colour of the
// consumer it feeds, a produce link is grey, and a chip the colour of the consumer that owns its
// partition. They are plain helpers of their own so that TopologyGraph.tsx only draws.

import type { WorldView } from '../../../engine/index.ts';
import { partitionOwners, type TopologyLink } from './topologyModel.ts';

const LINK_GREY = '#8a93a3';

export interface TopologyColours {
  /** The colour of the consumer that owns a partition now, if any does. */
  readonly ownerColour: (partition: string) => string | undefined;
  readonly linkColour: (link: TopologyLink) => string;
}

/** The colour lookups of one world, given each consumer's colour. */
export function topologyColours(
  world: WorldView,
  colours: ReadonlyMap<string, string>,
): TopologyColours {
  const owners = partitionOwners(world);
  const ownerColour = (partition: string): string | undefined =>
    colours.get(owners.get(partition) ?? '');
  const linkColour = (link: TopologyLink): string =>
    link.kind === 'fetch'
      ? (colours.get(link.to.slice('consumer:'.length)) ?? LINK_GREY)
      : LINK_GREY;
  return { ownerColour, linkColour };
}
