// Follows the learner's "reduce motion" preference, so views can replace movement with numbers.
// Environments without matchMedia (jsdom, old browsers) count as no preference.

import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

let list: MediaQueryList | null | undefined;

/** The query's list, made once: getSnapshot runs on every render of every view that asks. */
function media(): MediaQueryList | null {
  list ??=
    typeof window !== 'undefined' && typeof window.matchMedia === 'function'
      ? window.matchMedia(QUERY)
      : null;
  return list;
}

function subscribe(listener: () => void): () => void {
  const list = media();
  list?.addEventListener('change', listener);
  return () => list?.removeEventListener('change', listener);
}

const getSnapshot = (): boolean => media()?.matches ?? false;

export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, () => false);
}
