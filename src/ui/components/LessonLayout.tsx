// A guided scenario's screen: the session with the lesson panel beside it, or a button to bring a
// hidden lesson back. It waits for the lesson's chunk before showing anything, so the controls
// and the lesson appear together: nobody can press Play before the lesson that may pause it for a
// question is there.

import { use, type ReactNode } from 'react';
import type { LessonPanelProps } from '../lesson/LessonPanel.tsx';
import type { LessonStore } from '../lesson/lessonStore.ts';
import { LessonStoreContext } from '../lesson/LessonStoreContext.ts';
import { LessonToggle } from '../lesson/LessonToggle.tsx';
import { lessonPanelLoader } from '../routes/lessonPanelLoader.ts';

export interface LessonLayoutProps {
  /** The session's screen: controls and views. */
  readonly screen: ReactNode;
  readonly lesson: LessonStore;
  readonly shown: boolean;
  readonly onShow: () => void;
  readonly panel: LessonPanelProps;
}

export function LessonLayout({ screen, lesson, shown, onShow, panel }: LessonLayoutProps) {
  const LessonPanel = use(lessonPanelLoader.load());
  return (
    <LessonStoreContext value={lesson}>
      <div className="lesson-layout" data-lesson={shown ? 'shown' : 'hidden'}>
        <div className="lesson-session">{screen}</div>
        {shown ? <LessonPanel {...panel} /> : <LessonToggle onShow={onShow} />}
      </div>
    </LessonStoreContext>
  );
}
