// Measures an element's content width and follows it as the window resizes, so a view can choose
// how much to draw (how many log slots fit) instead of shrinking its text. Returns 0 until measured
// and where ResizeObserver does not exist (jsdom), which callers treat as "use the default".

import { useEffect, useRef, useState, type RefObject } from 'react';

export function useContainerWidth<T extends HTMLElement>(): readonly [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const measured = Math.floor(entries[0]?.contentRect.width ?? 0);
      setWidth((current) => (current === measured ? current : measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
