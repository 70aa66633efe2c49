// The lesson panel lives in a chunk of its own: only guided scenarios load it. One loader for the
// page, outside any component, so a component that waits for it (and so loses its own state on
// first mount) never asks for a fresh load; "Restart scenario" retries a failed one.

import type { ComponentType } from 'react';
import type { LessonPanelProps } from '../lesson/LessonPanel.tsx';
import { createLoader } from './loader.ts';
import { loadFailure } from './loadFailure.ts';

export const lessonPanelLoader = createLoader<ComponentType<LessonPanelProps>>(() =>
  import('../lesson/LessonPanel.tsx').then(
    (module) => module.LessonPanel,
    (error: unknown) => {
      throw loadFailure('the lesson', error);
    },
  ),
);
