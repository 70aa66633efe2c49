import { describe, expect, it } from 'vitest';
import { drawFlights } from './drawFlights.ts';
import type { FlightDot } from './flightDots.ts';

/** A 2D context that records drawImage calls, on a canvas whose document makes stub sprites. */
function recordingContext() {
  const draws: { sprite: unknown; x: number; y: number }[] = [];
  const stubContext = new Proxy({}, { get: () => () => {} });
  const ownerDocument = {
    createElement: () => ({ width: 0, height: 0, getContext: () => stubContext }),
  };
  const ctx = {
    canvas: { ownerDocument },
    setTransform: () => {},
    drawImage: (sprite: unknown, x: number, y: number) => draws.push({ sprite, x, y }),
  } as unknown as CanvasRenderingContext2D;
  return { ctx, draws };
}

const dot = (
  x: number,
  y: number,
  state: FlightDot['state'] = 'moving',
  to = 'consumer:c1',
): FlightDot => ({
  x,
  y,
  state,
  kind: 'fetch',
  to: to as FlightDot['to'],
});

describe('drawFlights', () => {
  it('draws each look once per pixel, and every distinct pixel or look', () => {
    const { ctx, draws } = recordingContext();
    const colours: Record<string, string> = { 'consumer:c1': '#0072B2', 'consumer:c2': '#E69F00' };
    drawFlights(
      ctx,
      [
        dot(10, 10),
        dot(10.1, 10.1),
        dot(30, 10),
        dot(10, 10, 'parked'),
        dot(10, 10, 'moving', 'consumer:c2'),
      ],
      1,
      (d) => colours[d.to],
    );
    // Two dots share a pixel and a look; the others differ in place, state or colour.
    expect(draws).toHaveLength(4);
    expect(new Set(draws.map((d) => d.sprite)).size).toBe(3);
    expect(draws.every((d) => Number.isInteger(d.x) && Number.isInteger(d.y))).toBe(true);
  });
});
