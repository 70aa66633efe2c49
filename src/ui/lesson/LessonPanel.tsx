// The lesson beside the views: narration with its steps and questions, the expected outcomes, and
// the variants and parameters to try. Each part shows only when the scenario has it. A learner who
// wants to explore freely can hide it (LessonToggle shows it again).

import type { PlayerStore, SandboxSession, SimulationFactory } from '../../player/index.ts';
import type { ScenarioFile } from '../../scenario/index.ts';
import { useSessionSnapshot } from '../hooks/useSessionSnapshot.ts';
import { KnobPanel } from './KnobPanel.tsx';
import type { LessonKnobs } from './lessonKnobs.ts';
import type { LessonStore } from './lessonStore.ts';
import { NarrationSection } from './NarrationSection.tsx';
import { OutcomeSection } from './OutcomeSection.tsx';

export interface LessonPanelProps {
  /** The scenario as written. */
  readonly guide: ScenarioFile;
  /** The scenario being played, with the learner's variant and parameters applied. */
  readonly playing: ScenarioFile;
  readonly lesson: LessonStore;
  readonly session: SandboxSession;
  readonly player: PlayerStore;
  readonly createSimulation: SimulationFactory;
  readonly knobs: LessonKnobs;
  readonly onKnobs: (knobs: LessonKnobs) => string | null;
  /** Hides the panel; a hidden lesson neither opens steps nor pauses for questions. */
  readonly onHide: () => void;
}

export function LessonPanel(props: LessonPanelProps) {
  const { guide, playing, lesson, session, player, createSimulation, knobs, onKnobs, onHide } =
    props;
  const { sim, controller } = useSessionSnapshot(session);
  const hasKnobs = guide.parameters.length > 0 || guide.variants.length > 0;
  return (
    <aside className="lesson-panel" aria-label="Lesson" data-testid="lesson-panel">
      <div className="lesson-header">
        <h2 className="lesson-heading">Lesson</h2>
        <button type="button" className="link-button" onClick={onHide}>
          Hide lesson
        </button>
      </div>
      {guide.narration.length > 0 && (
        <NarrationSection lesson={lesson} sim={sim} player={player} send={controller.send} />
      )}
      {playing.expect.length > 0 && (
        <OutcomeSection
          scenario={playing}
          sim={sim}
          player={player}
          createSimulation={createSimulation}
        />
      )}
      {hasKnobs && <KnobPanel scenario={guide} knobs={knobs} onApply={onKnobs} />}
    </aside>
  );
}
