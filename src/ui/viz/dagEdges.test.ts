import { describe, expect, test } from 'vitest';
import {
  barrierMarks,
  channelAnchor,
  channelPairs,
  edgeGeometry,
  labelPlacements,
  MAX_BARRIER_MARKS,
  pointOnLink,
} from './dagEdges.ts';
import { layoutDag } from './dagLayout.ts';

const layout = layoutDag(
  [
    { id: 'src', subtasks: 2 },
    { id: 'agg', subtasks: 3 },
  ],
  [{ from: 'src', to: 'agg' }],
);
const src = layout.nodes.get('src')!;
const agg = layout.nodes.get('agg')!;

describe('channelPairs', () => {
  test('forward joins subtask i to i; hash and rebalance join every sender to every receiver', () => {
    expect(channelPairs('forward', 2, 2)).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(channelPairs('hash', 2, 3)).toHaveLength(6);
    expect(channelPairs('rebalance', 1, 3)).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
    ]);
  });
});

describe('edgeGeometry', () => {
  test('a hash edge draws one curve per subtask pair, from the sender’s row to the receiver’s row', () => {
    const geometry = edgeGeometry(src, agg, 'hash', 'horizontal');
    expect(geometry.channels).toHaveLength(6);
    const first = channelAnchor(src, 1, 'out', 'horizontal');
    const last = channelAnchor(agg, 2, 'in', 'horizontal');
    expect(first.x).toBe(src.x + src.w);
    expect(last.x).toBe(agg.x);
    const channel = geometry.channels.find((c) => c.fromSubtask === 1 && c.toSubtask === 2)!;
    expect(channel.d.startsWith(`M${first.x},${first.y}C`)).toBe(true);
    expect(channel.d.endsWith(`${last.x},${last.y}`)).toBe(true);
  });

  test('the label sits halfway between the nodes', () => {
    const geometry = edgeGeometry(src, agg, 'rebalance', 'horizontal');
    expect(geometry.labelAt.x).toBeCloseTo((src.x + src.w + agg.x) / 2);
  });

  test('vertical layouts leave from the bottom and enter at the top, spread across the width', () => {
    const v = layoutDag(
      [
        { id: 'a', subtasks: 2 },
        { id: 'b', subtasks: 1 },
      ],
      [{ from: 'a', to: 'b' }],
      'vertical',
    );
    const a = v.nodes.get('a')!;
    expect(channelAnchor(a, 0, 'out', 'vertical')).toEqual({ x: a.x + a.w / 4, y: a.y + a.h });
    expect(channelAnchor(a, 1, 'in', 'vertical')).toEqual({ x: a.x + (3 * a.w) / 4, y: a.y });
  });
});

describe('pointOnLink and barrierMarks', () => {
  test('the curve starts at the source, ends at the target and passes through the midpoint', () => {
    const s = { x: 0, y: 0 };
    const t = { x: 100, y: 40 };
    expect(pointOnLink(s, t, 0, 'horizontal')).toEqual(s);
    expect(pointOnLink(s, t, 1, 'horizontal')).toEqual(t);
    expect(pointOnLink(s, t, 0.5, 'vertical')).toEqual({ x: 50, y: 20 });
  });

  test('draws one mark per barrier up to a cap, each across every channel, between the nodes', () => {
    const geometry = edgeGeometry(src, agg, 'hash', 'horizontal');
    expect(barrierMarks(geometry, 0, 'horizontal')).toEqual([]);
    expect(barrierMarks(geometry, 2, 'horizontal')).toHaveLength(2);
    const many = barrierMarks(geometry, 10, 'horizontal');
    expect(many).toHaveLength(MAX_BARRIER_MARKS);
    for (const mark of many) {
      expect(mark.from.x).toBe(mark.to.x);
      expect(mark.from.x).toBeGreaterThan(src.x + src.w);
      expect(mark.from.x).toBeLessThan(agg.x);
    }
    // In travel order: the first mark is nearest the receiver.
    expect(many[0]!.from.x).toBeGreaterThan(many[1]!.from.x);
    // The middle mark of three sits halfway, spanning all channel rows there.
    const middle = many[1]!;
    const ys = geometry.channels.map((c) => pointOnLink(c.source, c.target, 0.5, 'horizontal').y);
    expect(middle.from.y).toBeCloseTo(Math.min(...ys) - 6);
    expect(middle.to.y).toBeCloseTo(Math.max(...ys) + 6);
  });

  test('top to bottom, marks are horizontal lines across the channels', () => {
    const v = layoutDag(
      [
        { id: 'a', subtasks: 2 },
        { id: 'b', subtasks: 2 },
      ],
      [{ from: 'a', to: 'b' }],
      'vertical',
    );
    const geometry = edgeGeometry(v.nodes.get('a')!, v.nodes.get('b')!, 'forward', 'vertical');
    const [mark] = barrierMarks(geometry, 1, 'vertical');
    expect(mark!.from.y).toBe(mark!.to.y);
    expect(mark!.to.x - mark!.from.x).toBeGreaterThan(v.nodes.get('a')!.w / 2);
  });
});

describe('labelPlacements', () => {
  const edges = [
    { from: 'src', to: 'left' },
    { from: 'src', to: 'right' },
    { from: 'left', to: 'join' },
    { from: 'right', to: 'join' },
    { from: 'join', to: 'out' },
  ];

  test('fan-outs label near the target, fan-ins near the source, others in the middle', () => {
    expect(labelPlacements(edges)).toEqual([
      'near-target',
      'near-target',
      'near-source',
      'near-source',
      'middle',
    ]);
  });

  test('keeps the labels of a fan-out a label’s width apart, in both orientations', () => {
    const nodes = ['src', 'left', 'right', 'join', 'out'].map((id) => ({ id, subtasks: 2 }));
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const layout = layoutDag(nodes, edges, orientation);
      const box = (id: string) => layout.nodes.get(id)!;
      const [a, b] = [0, 1].map(
        (i) =>
          edgeGeometry(box('src'), box(edges[i]!.to), 'hash', orientation, 'near-target').labelAt,
      );
      const apart = orientation === 'horizontal' ? Math.abs(a!.y - b!.y) : Math.abs(a!.x - b!.x);
      // Four lines of 11 px stacked across a horizontal edge; a 100 px label along a vertical one.
      expect(apart).toBeGreaterThan(orientation === 'horizontal' ? 44 : 100);
      const middle = [0, 1].map(
        (i) => edgeGeometry(box('src'), box(edges[i]!.to), 'hash', orientation).labelAt,
      );
      const apartMiddle =
        orientation === 'horizontal'
          ? Math.abs(middle[0]!.y - middle[1]!.y)
          : Math.abs(middle[0]!.x - middle[1]!.x);
      expect(apart).toBeGreaterThan(apartMiddle);
    }
  });
});
