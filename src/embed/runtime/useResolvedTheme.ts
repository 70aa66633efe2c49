// Turns the theme option into the one to draw. `auto` follows the page: the colour scheme the host
// page declares on the element's side (CSS `color-scheme`), else the reader's system setting,
// and it changes when the system setting does.

import { useSyncExternalStore } from 'react';
import type { Theme } from '../options/embedOptions.ts';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function darkQuery(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
}

function subscribe(listener: () => void): () => void {
  const query = darkQuery();
  query?.addEventListener('change', listener);
  return () => query?.removeEventListener('change', listener);
}

/** The scheme a page declares for `host`, when it names only one. */
function declaredScheme(host: Element | null): 'light' | 'dark' | null {
  if (host === null) return null;
  // Older engines (and jsdom) have no colorScheme property at all.
  const scheme = (getComputedStyle(host).colorScheme as string | undefined) ?? '';
  const words = scheme.split(/\s+/);
  if (words.includes('dark') && !words.includes('light')) return 'dark';
  if (words.includes('light') && !words.includes('dark')) return 'light';
  return null;
}

export function useResolvedTheme(theme: Theme, host: Element | null): 'light' | 'dark' {
  const systemDark = useSyncExternalStore(subscribe, () => darkQuery()?.matches ?? false);
  if (theme !== 'auto') return theme;
  return declaredScheme(host) ?? (systemDark ? 'dark' : 'light');
}
