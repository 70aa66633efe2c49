import { describe, expect, test } from 'vitest';
import {
  DAG_SIZES,
  fitDag,
  layoutDag,
  MAX_DAG_SCALE,
  nodeHeight,
  subtaskRowBox,
  type DagBox,
} from './dagLayout.ts';

const NODES = [
  { id: 'src', subtasks: 2 },
  { id: 'left', subtasks: 1 },
  { id: 'right', subtasks: 3 },
  { id: 'join', subtasks: 2 },
];
const EDGES = [
  { from: 'src', to: 'left' },
  { from: 'src', to: 'right' },
  { from: 'left', to: 'join' },
  { from: 'right', to: 'join' },
];

function overlap(a: DagBox, b: DagBox): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function boxes(orientation: 'horizontal' | 'vertical') {
  const layout = layoutDag(NODES, EDGES, orientation);
  return { layout, box: (id: string) => layout.nodes.get(id)! };
}

describe('layoutDag', () => {
  test('left to right: layers are columns with a gap for the edges between them', () => {
    const { layout, box } = boxes('horizontal');
    expect(box('src').x).toBe(DAG_SIZES.marginPx);
    expect(box('left').x).toBe(box('src').x + DAG_SIZES.nodeWidthPx + DAG_SIZES.layerGapPx);
    expect(box('right').x).toBe(box('left').x);
    expect(box('join').x).toBeGreaterThan(box('right').x + box('right').w);
    expect(layout.width).toBe(box('join').x + box('join').w + DAG_SIZES.marginPx);
  });

  test('a node is as tall as its header plus one row per subtask', () => {
    const { box } = boxes('horizontal');
    expect(box('right').h).toBe(DAG_SIZES.headerPx + 3 * DAG_SIZES.rowPx + DAG_SIZES.footerPx);
    expect(box('left').h).toBe(nodeHeight(1));
    const row = subtaskRowBox(box('right'), 2);
    expect(row.y + row.h).toBe(box('right').y + box('right').h - DAG_SIZES.footerPx);
  });

  test('nodes never overlap and fit inside the drawing, in both orientations', () => {
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const { layout } = boxes(orientation);
      const all = [...layout.nodes.values()];
      for (const a of all) {
        expect(a.x).toBeGreaterThanOrEqual(0);
        expect(a.y).toBeGreaterThanOrEqual(0);
        expect(a.x + a.w).toBeLessThanOrEqual(layout.width);
        expect(a.y + a.h).toBeLessThanOrEqual(layout.height);
        for (const b of all) if (a !== b) expect(overlap(a, b)).toBe(false);
      }
    }
  });

  test('a lone node in a layer is centred on the tallest layer', () => {
    const { box } = boxes('horizontal');
    const centre = (b: DagBox) => b.y + b.h / 2;
    const middleTop = box('left').y;
    const middleBottom = box('right').y + box('right').h;
    expect(centre(box('src'))).toBeCloseTo((middleTop + middleBottom) / 2);
  });

  test('top to bottom: layers are rows, so a narrow screen scrolls down rather than sideways', () => {
    const { layout, box } = boxes('vertical');
    expect(box('left').y).toBe(box('right').y);
    expect(box('join').y).toBeGreaterThan(box('right').y + box('right').h);
    expect(layout.width).toBe(
      2 * DAG_SIZES.nodeWidthPx + DAG_SIZES.nodeGapPx + 2 * DAG_SIZES.marginPx,
    );
  });
});

describe('fitDag', () => {
  const chain = ['a', 'b', 'c', 'd'].map((id) => ({ id, subtasks: 2 }));
  const links = [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
    { from: 'c', to: 'd' },
  ];

  test('keeps left to right when the container is wide enough, growing a little to fill it', () => {
    const natural = layoutDag(chain, links).width;
    const fit = fitDag(chain, links, natural + 100);
    expect(fit.layout.orientation).toBe('horizontal');
    expect(fit.widthPx).toBe(natural + 100);
    expect(fitDag(chain, links, natural * 3).widthPx).toBeCloseTo(natural * MAX_DAG_SCALE);
  });

  test('shrinks a little to fit, but never below the readable scale', () => {
    const natural = layoutDag(chain, links).width;
    const fit = fitDag(chain, links, Math.round(natural * 0.9));
    expect(fit.layout.orientation).toBe('horizontal');
    expect(fit.widthPx).toBe(Math.round(natural * 0.9));
  });

  test('turns a chain top to bottom on a phone, filling the width', () => {
    const fit = fitDag(chain, links, 250);
    expect(fit.layout.orientation).toBe('vertical');
    expect(fit.layout.width).toBeLessThanOrEqual(250);
    expect(fit.widthPx).toBe(250);
  });

  test('a long chain goes top to bottom even on a wide screen, rather than scroll sideways', () => {
    const long = Array.from({ length: 8 }, (_, i) => ({ id: `op${i}`, subtasks: 1 }));
    const chainLinks = long.slice(1).map((n, i) => ({ from: `op${i}`, to: n.id }));
    const fit = fitDag(long, chainLinks, 1000);
    expect(fit.layout.orientation).toBe('vertical');
    expect(fit.widthPx).toBeLessThanOrEqual(1000);
  });

  test('when neither fits, takes the one that overflows less, at the smallest readable scale', () => {
    // A fan of six sinks is too wide top to bottom for 600 px, and five layers too long left to right.
    const fan = [
      ...['a', 'b', 'c', 'd'].map((id) => ({ id, subtasks: 1 })),
      ...[0, 1, 2, 3, 4, 5].map((i) => ({ id: `s${i}`, subtasks: 1 })),
    ];
    const fanLinks = [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'd' },
      ...[0, 1, 2, 3, 4, 5].map((i) => ({ from: 'd', to: `s${i}` })),
    ];
    const fit = fitDag(fan, fanLinks, 600);
    const h = layoutDag(fan, fanLinks, 'horizontal');
    const v = layoutDag(fan, fanLinks, 'vertical');
    expect(h.width * 0.8).toBeGreaterThan(600);
    expect(v.width * 0.8).toBeGreaterThan(600);
    const best = h.width <= v.width ? h : v;
    expect(fit.layout.orientation).toBe(best.orientation);
    expect(fit.widthPx).toBeCloseTo(best.width * 0.8);
  });

  test('an unmeasured container gets the natural left-to-right drawing', () => {
    const fit = fitDag(chain, links, 0);
    expect(fit.layout.orientation).toBe('horizontal');
    expect(fit.widthPx).toBe(fit.layout.width);
  });
});

describe('layer gaps', () => {
  test('top to bottom uses its own gap between layers', () => {
    const v = layoutDag(
      [
        { id: 'a', subtasks: 1 },
        { id: 'b', subtasks: 1 },
      ],
      [{ from: 'a', to: 'b' }],
      'vertical',
    );
    const a = v.nodes.get('a')!;
    expect(v.nodes.get('b')!.y).toBe(a.y + a.h + DAG_SIZES.verticalLayerGapPx);
    expect(v.height).toBe(2 * a.h + DAG_SIZES.verticalLayerGapPx + 2 * DAG_SIZES.marginPx);
  });
});
