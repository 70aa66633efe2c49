// What the topology's broker and group nodes hold, read from the world and placed by the layout:
// each broker's partition chips and each group's consumer rows. They are plain helpers of their own
// so that TopologyGraph.tsx reads as what it draws, not how the pieces are matched up.

import type { ConsumerView, PartitionView, WorldView } from '../../../engine/index.ts';
import type { Box, ChipBox, TopologyLayout } from '../../viz/topologyLayout.ts';
import { chipLabel } from './topologyModel.ts';

export interface ChipEntry {
  readonly chip: ChipBox;
  readonly partition: PartitionView;
  readonly label: string;
}

export function chipsByBroker(layout: TopologyLayout, world: WorldView): Map<string, ChipEntry[]> {
  const partitions = new Map(world.partitions.map((p) => [p.id, p]));
  const singleTopic = new Set(world.partitions.map((p) => p.topic)).size === 1;
  const out = new Map<string, ChipEntry[]>();
  for (const chip of layout.chips.values()) {
    const partition = partitions.get(chip.partition);
    if (partition === undefined) continue;
    const list = out.get(chip.broker) ?? [];
    list.push({ chip, partition, label: chipLabel(partition.id, singleTopic) });
    out.set(chip.broker, list);
  }
  return out;
}

/** The consumers of group `groupId` that the layout placed, each with its row's box. */
export function groupMembers(
  world: WorldView,
  layout: TopologyLayout,
  groupId: string,
): { consumer: ConsumerView; box: Box }[] {
  return world.consumers.flatMap((consumer) => {
    const row = layout.consumers.get(consumer.id);
    return consumer.group === groupId && row !== undefined ? [{ consumer, box: row }] : [];
  });
}
