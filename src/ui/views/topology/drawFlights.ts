// Paints flight dots on a canvas: a filled circle per moving message, a hollow ring for one waiting
// at its target, and a cross for a failed one. Each look (state and colour) is drawn once into a
// small sprite at the canvas's scale, and every dot is a copy of its sprite: a thousand copies
// cost the browser far less than a path of a thousand anti-aliased circles, which software
// rendering (headless Chromium, machines without a GPU) fills shape by shape on every frame.

import type { FlightDot } from './flightDots.ts';

const PRODUCE_FILL = '#3d4452';
const FAILED_STROKE = '#D55E00';
const RADIUS = 4;
const LINE_WIDTH = 1.5;
/** Sprites kept at most; there are only a few looks (three states times the consumer colours). */
const SPRITES_MAX = 64;

type Sprite = HTMLCanvasElement;
const sprites = new Map<string, Sprite | null>();

/** Draws one dot's look centred in a square canvas of side `size` device pixels. */
function paintLook(
  ctx: CanvasRenderingContext2D,
  state: FlightDot['state'],
  colour: string,
  scale: number,
  size: number,
): void {
  const c = size / 2;
  ctx.setTransform(scale, 0, 0, scale, c, c);
  ctx.lineWidth = LINE_WIDTH;
  ctx.beginPath();
  if (state === 'failed') {
    ctx.moveTo(-RADIUS, -RADIUS);
    ctx.lineTo(RADIUS, RADIUS);
    ctx.moveTo(RADIUS, -RADIUS);
    ctx.lineTo(-RADIUS, RADIUS);
    ctx.strokeStyle = FAILED_STROKE;
  } else {
    ctx.arc(0, 0, RADIUS, 0, Math.PI * 2);
    if (state === 'moving') {
      ctx.fillStyle = colour;
      ctx.fill();
    }
    ctx.strokeStyle = state === 'moving' ? '#ffffff' : colour;
  }
  ctx.stroke();
}

/** The sprite of a look, made on first use; null where the page cannot make canvases. */
function spriteFor(
  owner: HTMLCanvasElement,
  state: FlightDot['state'],
  colour: string,
  scale: number,
): Sprite | null {
  const key = `${state}|${colour}|${scale}`;
  const known = sprites.get(key);
  if (known !== undefined) return known;
  if (sprites.size >= SPRITES_MAX) sprites.clear();
  const size = Math.ceil((2 * RADIUS + 2 * LINE_WIDTH) * scale) + 2;
  const sprite = owner.ownerDocument.createElement('canvas');
  sprite.width = size;
  sprite.height = size;
  const ctx = sprite.getContext('2d');
  if (ctx !== null) paintLook(ctx, state, colour, scale, size);
  const made = ctx === null ? null : sprite;
  sprites.set(key, made);
  return made;
}

interface FrameLook {
  readonly sprite: Sprite | null;
  /** Pixels (y * 65536 + x) where this look has been drawn in this frame. */
  readonly at: Set<number>;
}

/** Draws `dots` (in layout units) scaled by `scale` device pixels per unit. */
export function drawFlights(
  ctx: CanvasRenderingContext2D,
  dots: readonly FlightDot[],
  scale: number,
  colourOf: (dot: FlightDot) => string | undefined,
): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  // At high speed a thousand messages crowd one link, and many land on the same pixel with the
  // same look: a second copy there would change nothing, so each (pixel, look) is drawn once.
  // Looks are found by state, then colour, without building a key string per dot.
  const looks = new Map<FlightDot['state'], Map<string, FrameLook>>();
  for (const dot of dots) {
    const colour = dot.kind === 'produce' ? PRODUCE_FILL : (colourOf(dot) ?? PRODUCE_FILL);
    let byColour = looks.get(dot.state);
    if (byColour === undefined) looks.set(dot.state, (byColour = new Map<string, FrameLook>()));
    let look = byColour.get(colour);
    if (look === undefined) {
      look = { sprite: spriteFor(ctx.canvas, dot.state, colour, scale), at: new Set() };
      byColour.set(colour, look);
    }
    const { sprite } = look;
    if (sprite === null) continue;
    // Whole device pixels: a sprite copied at a fraction would be resampled, and blurred.
    const half = sprite.width / 2;
    const x = Math.round(dot.x * scale - half);
    const y = Math.round(dot.y * scale - half);
    const pixel = y * 65536 + x;
    if (look.at.has(pixel)) continue;
    look.at.add(pixel);
    ctx.drawImage(sprite, x, y);
  }
}
