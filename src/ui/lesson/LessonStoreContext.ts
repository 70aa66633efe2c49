// The lesson store of the scenario page, for any component under it (views included) that wants
// the narration's highlights. Null outside a lesson.

import { createContext, useContext } from 'react';
import type { LessonStore } from './lessonStore.ts';

export const LessonStoreContext = createContext<LessonStore | null>(null);

/**
 * The page's lesson store, or null when the scenario has no lesson.
 *
 * @example
 * const lesson = useLessonStore();
 * const highlights = useStore(lesson ?? EMPTY_LESSON_STORE, selectLessonHighlights);
 */
export function useLessonStore(): LessonStore | null {
  return useContext(LessonStoreContext);
}
