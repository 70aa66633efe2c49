import { describe, expect, test } from 'vitest';
import { edgeBetween, layoutTopology, pointOnEdge } from './topologyLayout.ts';

const INPUT = {
  producers: [{ id: 'p1' }, { id: 'p2' }],
  brokers: [{ id: 'b1' }, { id: 'b2' }],
  partitions: [
    { id: 'orders-0', replicas: ['b1', 'b2'] },
    { id: 'orders-1', replicas: ['b2', 'b1'] },
    { id: 'orders-2', replicas: ['b1'] },
    { id: 'orders-3', replicas: ['b1'] },
  ],
  groups: [{ id: 'g1', consumers: ['c1', 'c2', 'c3'] }],
};

describe('layoutTopology', () => {
  test('puts producers, brokers and groups in three columns, left to right', () => {
    const layout = layoutTopology(INPUT);
    const p1 = layout.producers.get('p1');
    const b1 = layout.brokers.get('b1');
    const g1 = layout.groups.get('g1');
    expect(p1 && b1 && g1).toBeTruthy();
    expect(p1!.x + p1!.w).toBeLessThan(b1!.x);
    expect(b1!.x + b1!.w).toBeLessThan(g1!.x);
    expect(g1!.x + g1!.w).toBeLessThanOrEqual(layout.width);
  });

  test('gives each broker a chip per hosted replica, wrapping rows of three', () => {
    const layout = layoutTopology(INPUT);
    const b1Chips = [...layout.chips.values()].filter((chip) => chip.broker === 'b1');
    expect(b1Chips.map((chip) => chip.partition)).toEqual([
      'orders-0',
      'orders-1',
      'orders-2',
      'orders-3',
    ]);
    expect(b1Chips[3]!.y).toBeGreaterThan(b1Chips[0]!.y);
    expect(b1Chips[3]!.x).toBe(b1Chips[0]!.x);
    // b1 has two chip rows, b2 one, and b2 starts below b1 without overlap.
    const b1 = layout.brokers.get('b1')!;
    const b2 = layout.brokers.get('b2')!;
    expect(b2.y).toBeGreaterThan(b1.y + b1.h);
    expect(b1.h).toBeGreaterThan(b2.h);
  });

  test('stacks consumers inside their group and sizes the canvas to the tallest column', () => {
    const layout = layoutTopology(INPUT);
    const g1 = layout.groups.get('g1')!;
    const c3 = layout.consumers.get('c3')!;
    expect(c3.y + c3.h).toBeLessThanOrEqual(g1.y + g1.h);
    expect(layout.height).toBeGreaterThanOrEqual(g1.y + g1.h);
  });
});

describe('edges', () => {
  const a = { x: 0, y: 0, w: 10, h: 10 };
  const b = { x: 50, y: 20, w: 10, h: 10 };

  test('run from the right middle of one box to the left middle of the other', () => {
    expect(edgeBetween(a, b).d).toBe('M10,5C30,5 30,25 50,25');
  });

  test('pointOnEdge starts, ends and passes the middle of the curve', () => {
    const edge = edgeBetween(a, b);
    expect(pointOnEdge(edge, 0)).toEqual({ x: 10, y: 5 });
    expect(pointOnEdge(edge, 1)).toEqual({ x: 50, y: 25 });
    expect(pointOnEdge(edge, 0.5)).toEqual({ x: 30, y: 15 });
  });
});
