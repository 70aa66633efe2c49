import { describe, expect, test } from 'vitest';
import type { PartitionView } from '../../engine/index.ts';
import { boundaryLabels, layoutReplication, replicatedStripHeight } from './replicaLayout.ts';
import { stripHeight } from './stripMetrics.ts';

function partition(over: Partial<PartitionView>): PartitionView {
  return {
    id: 'orders-0',
    topic: 'orders',
    partition: 0,
    leader: 'b1',
    leaderEpoch: 2,
    logStartOffset: 0,
    logEndOffset: 10,
    highWatermark: 7,
    isr: ['b1', 'b3'],
    replicas: [
      { broker: 'b1', logEndOffset: 10, inSync: true, isLeader: true, brokerUp: true },
      { broker: 'b2', logEndOffset: 4, inSync: false, isLeader: false, brokerUp: false },
      { broker: 'b3', logEndOffset: 7, inSync: true, isLeader: false, brokerUp: true },
    ],
    records: [],
    ...over,
  };
}

const WINDOW = { startOffset: 0, endOffset: 40 };

describe('layoutReplication', () => {
  test('puts the high watermark and each replica log end on the strip scale', () => {
    const geo = layoutReplication(partition({}), WINDOW, 800);
    expect(geo.highWatermarkXPx).toBe(140);
    expect(geo.replicas.map((r) => [r.broker, r.endXPx, r.behindRecords])).toEqual([
      ['b1', 200, 0],
      ['b2', 80, 6],
      ['b3', 140, 3],
    ]);
    expect(geo.replicas[1]).toMatchObject({ inSync: false, brokerUp: false, isLeader: false });
  });

  test('pins a follower that fell behind the window to its left edge', () => {
    const geo = layoutReplication(
      partition({ logStartOffset: 0, logEndOffset: 100, highWatermark: 100 }),
      { startOffset: 61, endOffset: 101 },
      800,
    );
    expect(geo.replicas[1]).toMatchObject({ endXPx: 0, side: 'before', behindRecords: 96 });
  });
});

describe('boundaryLabels', () => {
  const pin = (xPx: number) => ({ xPx, side: 'inside' as const });

  test('merges the high watermark into the end label when they coincide', () => {
    const labels = boundaryLabels(
      { logStartOffset: 0, highWatermark: 9, logEndOffset: 9 },
      pin(0),
      pin(180),
      pin(180),
    );
    expect(labels.map((l) => l.text)).toEqual(['start 0', 'end 9 = HW']);
  });

  test('puts HW right of its line when there is room, else left, else merged', () => {
    const texts = (hwX: number, endX: number) =>
      boundaryLabels(
        { logStartOffset: 0, highWatermark: 5, logEndOffset: 9 },
        pin(0),
        pin(hwX),
        pin(endX),
      ).map((l) => `${l.text}@${l.anchor}`);
    expect(texts(100, 200)).toEqual(['start 0@end', 'HW 5@start', 'end 9@start']);
    expect(texts(100, 120)).toEqual(['start 0@end', 'HW 5@end', 'end 9@start']);
    expect(texts(20, 40)).toEqual(['start 0@end', 'end 9 · HW 5@start']);
  });
});

describe('replicatedStripHeight', () => {
  test('adds one row per replica below the lanes', () => {
    expect(replicatedStripHeight(1, 0)).toBe(stripHeight(1) + 2);
    expect(replicatedStripHeight(1, 3) - replicatedStripHeight(1, 0)).toBe(51);
  });
});
