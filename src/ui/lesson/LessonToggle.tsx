// What stands in for a hidden lesson: one button that shows it again. While hidden, the lesson
// neither opens steps nor pauses playback for its questions.

export interface LessonToggleProps {
  readonly onShow: () => void;
}

export function LessonToggle({ onShow }: LessonToggleProps) {
  return (
    <aside className="lesson-toggle" aria-label="Lesson">
      <button type="button" onClick={onShow}>
        Show lesson
      </button>
    </aside>
  );
}
