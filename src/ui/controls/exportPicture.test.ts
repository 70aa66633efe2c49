// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { pictureToSvg } from './exportPicture.ts';
import { exportView } from './exportView.ts';
import { frameAround, viewPicture, type ViewPicture } from './viewLayers.ts';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('view pictures', () => {
  test('the frame spans every layer, and each layer keeps its place in it', () => {
    const { frame, boxes } = frameAround([
      { x: 100, y: 50, width: 300, height: 200 },
      { x: 120, y: 40, width: 300, height: 200 },
    ]);
    expect(frame).toEqual({ x: 100, y: 40, width: 320, height: 210 });
    expect(boxes).toEqual([
      { x: 0, y: 10, width: 300, height: 200 },
      { x: 20, y: 0, width: 300, height: 200 },
    ]);
  });

  test('SVG export inlines the styles sheets gave, embeds canvas layers and keeps their order', () => {
    document.head.innerHTML =
      '<style>.band { fill: rgb(1, 2, 3); } .line { stroke-width: 7px; }</style>';
    document.body.innerHTML =
      '<svg id="under"><rect class="band" width="5" height="5"/></svg>' +
      '<canvas id="dots"></canvas>' +
      '<svg id="over"><path class="line" d="M0,0H9"/></svg>';
    const picture: ViewPicture = {
      title: 'Event time & <processing> time',
      frame: { x: 0, y: 0, width: 400, height: 300 },
      layers: [
        {
          element: document.querySelector('#under') as SVGSVGElement,
          box: { x: 0, y: 0, width: 400, height: 300 },
        },
        {
          element: document.querySelector('#dots') as HTMLCanvasElement,
          box: { x: 10, y: 5, width: 380, height: 290 },
        },
        {
          element: document.querySelector('#over') as SVGSVGElement,
          box: { x: 0, y: 0, width: 400, height: 300 },
        },
      ],
    };
    const svg = pictureToSvg(picture, () => 'data:image/png;base64,AAAA');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe('400');
    expect(root.getAttribute('height')).toBe('324');
    expect(root.querySelector('text')?.textContent).toBe('Event time & <processing> time');
    const layers = [...root.children].filter((child) => ['svg', 'image'].includes(child.tagName));
    expect(layers.map((layer) => layer.getAttribute('id') ?? layer.tagName)).toEqual([
      'under',
      'image',
      'over',
    ]);
    expect(layers[1]?.getAttribute('href')).toBe('data:image/png;base64,AAAA');
    expect(layers[1]?.getAttribute('x')).toBe('10');
    expect(layers[1]?.getAttribute('y')).toBe('29');
    expect(root.querySelector('rect.band, #under rect')?.getAttribute('style')).toContain(
      'fill:rgb(1, 2, 3)',
    );
    expect(root.querySelector('#over path')?.getAttribute('style')).toContain('stroke-width:7px');
  });

  test('a panel without a picture says to export the trace instead; no panel says to open one', async () => {
    expect(await exportView(document, null, 'png', 'run')).toMatch(
      /^No view with a picture is open/,
    );
    document.body.innerHTML =
      '<div class="workspace"><section class="panel" aria-labelledby="trace-heading"><h2 id="trace-heading">Trace</h2><table></table></section></div>';
    const panel = document.querySelector('section') as HTMLElement;
    expect(viewPicture(panel)).toBeNull();
    expect(await exportView(document, 'trace-heading', 'svg', 'run')).toBe(
      'Trace has no picture to save: export the trace as JSONL or CSV instead, or click a view with a chart first.',
    );
  });
});
