// The entities and windows the narration's step on screen points at, read from the lesson store
// (LessonStoreContext) when the page has a lesson. Views emphasise them: entity buttons carry
// `data-narrated` (see useEntityButton.ts), and the event-time view outlines narrated windows.

import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { Highlight } from '../../scenario/index.ts';
import { EMPTY_LESSON_STORE, selectParsedHighlights } from '../lesson/lessonStore.ts';
import { useLessonStore } from '../lesson/LessonStoreContext.ts';

/** The parsed highlights of the narration step on screen; empty outside a lesson. */
export function useNarratedHighlights(): readonly Highlight[] {
  return useStore(useLessonStore() ?? EMPTY_LESSON_STORE, selectParsedHighlights);
}

/**
 * The entity keys (`"partition:orders-0"`, `"consumer:c1"`) the highlights name; windows are not
 * entities and are left out.
 *
 * @example
 * narratedEntityKeys([{ kind: 'consumer', name: 'c1' }]); // Set { 'consumer:c1' }
 */
export function narratedEntityKeys(highlights: readonly Highlight[]): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const highlight of highlights)
    if (highlight.kind !== 'window') keys.add(`${highlight.kind}:${highlight.name}`);
  return keys;
}

/** The event-time windows the highlights name, as `[start, end)` pairs. */
export function narratedWindows(highlights: readonly Highlight[]): [number, number][] {
  return highlights.flatMap((h) =>
    h.kind === 'window' ? [[h.startMs, h.endMs] as [number, number]] : [],
  );
}

export function useNarratedKeys(): ReadonlySet<string> {
  const highlights = useNarratedHighlights();
  return useMemo(() => narratedEntityKeys(highlights), [highlights]);
}
