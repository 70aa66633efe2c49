// Paints flight dots on a canvas: a filled circle per moving message, a hollow ring for one waiting
// at its target, and a cross for a failed one. Dots are batched into one path per colour and
// style, so a frame costs a few fills however many dots there are; canvas keeps a thousand dots
// cheap where a thousand SVG nodes would churn the DOM every frame.

import type { FlightDot } from './flightDots.ts';

const PRODUCE_FILL = '#3d4452';
const FAILED_STROKE = '#D55E00';
const RADIUS = 4;

/** Draws `dots` (in layout units) scaled by `scale` device pixels per unit. */
export function drawFlights(
  ctx: CanvasRenderingContext2D,
  dots: readonly FlightDot[],
  scale: number,
  colourOf: (dot: FlightDot) => string | undefined,
): void {
  const batches = new Map<string, FlightDot[]>();
  for (const dot of dots) {
    const colour = dot.kind === 'produce' ? PRODUCE_FILL : (colourOf(dot) ?? PRODUCE_FILL);
    const key = `${dot.state}|${colour}`;
    const batch = batches.get(key);
    if (batch === undefined) batches.set(key, [dot]);
    else batch.push(dot);
  }
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.lineWidth = 1.5;
  for (const [key, batch] of batches) {
    const [state, colour = PRODUCE_FILL] = key.split('|');
    ctx.beginPath();
    for (const dot of batch) {
      if (state === 'failed') {
        ctx.moveTo(dot.x - RADIUS, dot.y - RADIUS);
        ctx.lineTo(dot.x + RADIUS, dot.y + RADIUS);
        ctx.moveTo(dot.x + RADIUS, dot.y - RADIUS);
        ctx.lineTo(dot.x - RADIUS, dot.y + RADIUS);
      } else {
        ctx.moveTo(dot.x + RADIUS, dot.y);
        ctx.arc(dot.x, dot.y, RADIUS, 0, Math.PI * 2);
      }
    }
    if (state === 'moving') {
      ctx.fillStyle = colour;
      ctx.fill();
      ctx.strokeStyle = '#ffffff';
    } else {
      ctx.strokeStyle = state === 'failed' ? FAILED_STROKE : colour;
    }
    ctx.stroke();
  }
}
