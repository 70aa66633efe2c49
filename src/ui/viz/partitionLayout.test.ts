import { describe, expect, test } from 'vitest';
import { SAMPLE_WORLD } from '../testing/sampleWorld.ts';
import { consumerColours } from './palettes.ts';
import { layoutPartitionStrip, offsetLabelStep } from './partitionLayout.ts';

const colours = consumerColours(SAMPLE_WORLD.consumers.map((consumer) => consumer.id));
const [shortLog, longLog] = SAMPLE_WORLD.partitions;

function layout(index: 0 | 1) {
  const partition = index === 0 ? shortLog : longLog;
  if (partition === undefined) throw new Error('sample world lost a partition');
  return layoutPartitionStrip(partition, SAMPLE_WORLD.consumers, SAMPLE_WORLD.groups, colours, {
    slotCount: 40,
    slotWidthPx: 20,
  });
}

describe('layoutPartitionStrip', () => {
  test('puts each record cell at its offset', () => {
    const strip = layout(0);
    expect(strip.widthPx).toBe(800);
    expect(strip.cells.map((cell) => [cell.offset, cell.xPx])).toEqual(
      [0, 1, 2, 3, 4, 5].map((o) => [o, o * 20]),
    );
  });

  test('marks log start and end, and the group lane with position, commit and lag', () => {
    const strip = layout(0);
    expect(strip.logStart).toMatchObject({ offset: 0, xPx: 0, side: 'inside' });
    expect(strip.logEnd).toMatchObject({ offset: 6, xPx: 120, label: 'end 6' });
    const [lane] = strip.lanes;
    expect(lane?.groupId).toBe('g1');
    expect(lane?.positions).toEqual([
      expect.objectContaining({ id: 'c1', offset: 4, xPx: 80, colour: colours.get('c1') }),
    ]);
    expect(lane?.committed).toMatchObject({ offset: 3, xPx: 60, label: 'committed 3' });
    expect(lane?.lag).toBe(3);
  });

  test('shows the latest 40 offsets of a long log and pins markers that fall before it', () => {
    const strip = layout(1);
    expect(strip.window).toEqual({ startOffset: 61, endOffset: 101 });
    expect(strip.cells).toHaveLength(39);
    expect(strip.logEnd.xPx).toBe(39 * 20);
    expect(strip.logStart).toMatchObject({ offset: 20, side: 'before', xPx: 0 });
    expect(strip.lanes[0]?.positions[0]).toMatchObject({
      id: 'c2',
      offset: 30,
      side: 'before',
      xPx: 0,
    });
  });

  test('labels offsets sparsely when slots are narrow', () => {
    expect(offsetLabelStep(22)).toBe(1);
    expect(offsetLabelStep(12)).toBe(5);
    expect(offsetLabelStep(6)).toBe(10);
    const labels = layout(1).offsetLabels.map((label) => label.offset);
    expect(labels.slice(0, 3)).toEqual([61, 65, 70]);
  });
});

describe('marker labels', () => {
  test('go right of a marker, or left of it near the right edge', () => {
    const strip = layout(1);
    expect(strip.lanes[0]?.positions[0]?.labelSide).toBe('right');
    expect(strip.logEnd.labelSide).toBe('left');
  });
});
