// Turns a view's picture (viewLayers.ts) into a standalone SVG document or a PNG. SVG layers are
// cloned with their computed styles written inline, since the app's style sheets do not travel
// with the file; canvas layers go into the SVG as PNG images, and into the PNG by drawing them
// directly. Layers are composited in page order, over a white background, under the view's title.

import type { ViewLayer, ViewPicture } from './viewLayers.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const TITLE_PX = 24;

/** Presentation properties that the app sets through CSS and an SVG file must carry itself. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/** Copies computed presentation styles from `source` onto `clone`, element by element. */
export function inlineStyles(source: Element, clone: Element): void {
  const style = getComputedStyle(source);
  const declarations = STYLE_PROPERTIES.map((name) => [name, style.getPropertyValue(name)] as const)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name}:${value}`);
  if (declarations.length > 0) clone.setAttribute('style', declarations.join(';'));
  const sourceChildren = source.children;
  const cloneChildren = clone.children;
  for (let i = 0; i < sourceChildren.length; i += 1) {
    const from = sourceChildren[i];
    const to = cloneChildren[i];
    if (from !== undefined && to !== undefined) inlineStyles(from, to);
  }
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One SVG layer as a standalone `<svg>` element string, styles inlined, at its box. */
export function svgLayerMarkup(
  layer: ViewLayer & { readonly element: SVGSVGElement },
  dy = 0,
): string {
  const clone = layer.element.cloneNode(true) as SVGSVGElement;
  inlineStyles(layer.element, clone);
  // XMLSerializer writes the SVG namespace itself; setting it as an attribute would repeat it.
  clone.setAttribute('x', String(layer.box.x));
  clone.setAttribute('y', String(layer.box.y + dy));
  clone.setAttribute('width', String(layer.box.width));
  clone.setAttribute('height', String(layer.box.height));
  clone.removeAttribute('class');
  return new XMLSerializer().serializeToString(clone);
}

function isSvg(layer: ViewLayer): layer is ViewLayer & { readonly element: SVGSVGElement } {
  return layer.element.namespaceURI === SVG_NS;
}

/**
 * A standalone SVG document of the picture, canvas layers embedded as PNG images.
 *
 * @example
 * downloadText(pictureToSvg(picture), 'timeline.svg', 'image/svg+xml');
 */
export function pictureToSvg(
  picture: ViewPicture,
  canvasUrl: (canvas: HTMLCanvasElement) => string = (canvas) => canvas.toDataURL('image/png'),
): string {
  const width = Math.ceil(picture.frame.width);
  const height = Math.ceil(picture.frame.height) + TITLE_PX;
  const layers = picture.layers.map((layer) => {
    if (isSvg(layer)) return svgLayerMarkup(layer, TITLE_PX);
    const { x, y, width: w, height: h } = layer.box;
    const href = escapeXml(canvasUrl(layer.element as HTMLCanvasElement));
    return `<image x="${x}" y="${y + TITLE_PX}" width="${w}" height="${h}" href="${href}"/>`;
  });
  return [
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="4" y="17" font-family="system-ui, sans-serif" font-size="15" font-weight="600" fill="#1d2330">${escapeXml(picture.title)}</text>`,
    ...layers,
    '</svg>',
  ].join('\n');
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('a layer of the view could not be drawn'));
    image.src = url;
  });
}

/**
 * The picture as a PNG at `scale` device pixels per CSS pixel: canvas layers are drawn directly,
 * SVG layers through an image of their standalone markup.
 */
export async function pictureToPng(picture: ViewPicture, scale: number): Promise<Blob> {
  const width = Math.ceil(picture.frame.width);
  const height = Math.ceil(picture.frame.height) + TITLE_PX;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('this browser cannot draw a PNG here');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#1d2330';
  ctx.font = '600 15px system-ui, sans-serif';
  ctx.fillText(picture.title, 4, 17);
  for (const layer of picture.layers) {
    const { x, y, width: w, height: h } = layer.box;
    if (!isSvg(layer)) {
      ctx.drawImage(layer.element as HTMLCanvasElement, x, y + TITLE_PX, w, h);
      continue;
    }
    const markup = svgLayerMarkup({ ...layer, box: { x: 0, y: 0, width: w, height: h } });
    const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
    try {
      ctx.drawImage(await loadImage(url), x, y + TITLE_PX, w, h);
    } finally {
      URL.revokeObjectURL(url);
    }
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob === null ? reject(new Error('the PNG could not be made')) : resolve(blob)),
      'image/png',
    ),
  );
}
