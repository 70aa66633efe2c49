// Finds what a view panel draws, for "Export view": its SVG and canvas layers (not the small
// legend swatches), each with its box relative to the frame that holds them all. A view stacks
// layers (the timeline's SVG backdrop, canvas dots and SVG overlay; the topology's SVG graph and
// canvas messages), so the export keeps their order and their places.

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ViewLayer {
  readonly element: SVGSVGElement | HTMLCanvasElement;
  /** Relative to the frame's top left, in CSS px. */
  readonly box: Box;
}

export interface ViewPicture {
  readonly title: string;
  readonly frame: Box;
  readonly layers: readonly ViewLayer[];
}

/** Layers smaller than this on either side are icons and swatches, not pictures. */
const LAYER_SIDE_MIN_PX = 40;

/** The view panels on screen, in page order. */
export function viewPanels(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.workspace section.panel')];
}

/** A panel's title, from its heading. */
export function panelTitle(panel: Element): string {
  return panel.querySelector('h2')?.textContent?.trim() ?? 'View';
}

/**
 * The frame around a set of boxes and each box relative to it.
 *
 * @example
 * frameAround([{ x: 10, y: 20, width: 100, height: 50 }, { x: 10, y: 20, width: 100, height: 60 }]);
 * // { frame: { x: 10, y: 20, width: 100, height: 60 }, boxes: [{ x: 0, y: 0, … }, …] }
 */
export function frameAround(boxes: readonly Box[]): { frame: Box; boxes: Box[] } {
  if (boxes.length === 0) return { frame: { x: 0, y: 0, width: 0, height: 0 }, boxes: [] };
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return {
    frame: { x: left, y: top, width: right - left, height: bottom - top },
    boxes: boxes.map((b) => ({ x: b.x - left, y: b.y - top, width: b.width, height: b.height })),
  };
}

/**
 * The picture a panel draws, or null when it draws none (a table, say).
 *
 * @example
 * const picture = viewPicture(document.querySelector('section.timeline'));
 */
export function viewPicture(panel: Element): ViewPicture | null {
  const elements = [
    ...panel.querySelectorAll<SVGSVGElement | HTMLCanvasElement>('svg, canvas'),
  ].filter((element) => !(element.parentElement?.closest('svg') ?? null));
  const measured = elements
    .map((element) => ({ element, rect: element.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width >= LAYER_SIDE_MIN_PX && rect.height >= LAYER_SIDE_MIN_PX);
  if (measured.length === 0) return null;
  const { frame, boxes } = frameAround(
    measured.map(({ rect }) => ({
      x: rect.left,
      y: rect.top,
      width: rect.width,
      height: rect.height,
    })),
  );
  return {
    title: panelTitle(panel),
    frame: { x: 0, y: 0, width: frame.width, height: frame.height },
    layers: measured.map(({ element }, i) => ({
      element,
      box: boxes[i] ?? { x: 0, y: 0, width: 0, height: 0 },
    })),
  };
}
