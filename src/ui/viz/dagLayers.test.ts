import { describe, expect, test } from 'vitest';
import { longestPathLayers, orderedLayers } from './dagLayers.ts';

const e = (from: string, to: string) => ({ from, to });

describe('longestPathLayers', () => {
  test('puts each node one layer past its furthest predecessor', () => {
    const layers = longestPathLayers(
      ['src', 'filter', 'key', 'agg', 'out'],
      [e('src', 'filter'), e('filter', 'key'), e('key', 'agg'), e('src', 'agg'), e('agg', 'out')],
    );
    expect(Object.fromEntries(layers)).toEqual({ src: 0, filter: 1, key: 2, agg: 3, out: 4 });
  });

  test('gives every source layer 0, whatever the input order', () => {
    const layers = longestPathLayers(
      ['join', 'right', 'left'],
      [e('left', 'join'), e('right', 'join')],
    );
    expect(Object.fromEntries(layers)).toEqual({ left: 0, right: 0, join: 1 });
  });

  test('ignores edges to unknown nodes and puts a cycle past everything instead of looping', () => {
    const layers = longestPathLayers(
      ['a', 'b', 'c', 'd'],
      [e('a', 'b'), e('c', 'd'), e('d', 'c'), e('a', 'ghost')],
    );
    expect(Object.fromEntries(layers)).toEqual({ a: 0, b: 1, c: 2, d: 2 });
  });
});

describe('orderedLayers', () => {
  test('orders a layer by the positions of its predecessors, removing a crossing', () => {
    // Sources s1, s2 in that order; their children arrive in the opposite order.
    const layers = orderedLayers(['s1', 's2', 'b', 'a'], [e('s1', 'a'), e('s2', 'b')]);
    expect(layers).toEqual([
      ['s1', 's2'],
      ['a', 'b'],
    ]);
  });

  test('keeps the input order where nothing tells nodes apart', () => {
    const layers = orderedLayers(
      ['src', 'x', 'y', 'z'],
      [e('src', 'x'), e('src', 'y'), e('src', 'z')],
    );
    expect(layers).toEqual([['src'], ['x', 'y', 'z']]);
  });

  test('a diamond keeps its two branches in one layer between source and join', () => {
    const layers = orderedLayers(
      ['src', 'left', 'right', 'join', 'out'],
      [
        e('src', 'left'),
        e('src', 'right'),
        e('left', 'join'),
        e('right', 'join'),
        e('join', 'out'),
      ],
    );
    expect(layers).toEqual([['src'], ['left', 'right'], ['join'], ['out']]);
  });
});
