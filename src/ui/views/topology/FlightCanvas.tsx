// The canvas layer over the topology's SVG, on which the travelling messages are painted after
// each render. Its size comes from a ResizeObserver rather than from reading the layout in the
// effect, which would force the browser to lay the page out again on every frame.

import { useLayoutEffect } from 'react';
import { useContainerWidth } from '../useContainerWidth.ts';
import { drawFlights } from './drawFlights.ts';
import type { FlightDot } from './flightDots.ts';

export interface FlightCanvasProps {
  readonly dots: readonly FlightDot[];
  /** Width of the layout, in layout units, that the canvas covers. */
  readonly layoutWidth: number;
  readonly layoutHeight: number;
  readonly colourOf: (dot: FlightDot) => string | undefined;
}

export function FlightCanvas({ dots, layoutWidth, layoutHeight, colourOf }: FlightCanvasProps) {
  const [ref, cssWidth] = useContainerWidth<HTMLCanvasElement>();
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = cssWidth > 0 ? (canvas?.getContext('2d') ?? null) : null;
    if (canvas === null || ctx === null) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(cssWidth * ratio);
    const height = Math.round((cssWidth * ratio * layoutHeight) / layoutWidth);
    // Resizing clears the canvas, so only do it when the size really changed.
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    } else {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, width, height);
    }
    drawFlights(ctx, dots, width / layoutWidth, colourOf);
  }, [ref, cssWidth, dots, layoutWidth, layoutHeight, colourOf]);
  // data-dots: how many messages are animating now, read by `npm run bench:ui`.
  return <canvas ref={ref} className="flight-canvas" aria-hidden="true" data-dots={dots.length} />;
}
