// Where a dataflow graph wider than its panel starts scrolled. It is a hook of its own because it
// acts on the scrolling element after layout, apart from drawing the graph.

import { useLayoutEffect, useRef } from 'react';
import type { DagLayout } from '../../viz/dagLayout.ts';

/** Returns the ref for the graph's scrolling element. */
export function useSpineScroll(scrolls: boolean, layout: DagLayout) {
  const scroller = useRef<HTMLDivElement>(null);
  // Top to bottom, the spine of the graph runs down the middle: start scrolled to it, so a
  // phone shows the chain from source to sink and only the side branches need a swipe.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element === null || !scrolls || layout.orientation !== 'vertical') return;
    element.scrollLeft = (element.scrollWidth - element.clientWidth) / 2;
  }, [scrolls, layout]);
  return scroller;
}
