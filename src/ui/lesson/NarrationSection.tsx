// The narration part of the lesson panel: the step on screen, Back/Next, and the list of steps.
// It opens steps as their triggers fire and pauses playback while a question waits.

import { useStore } from 'zustand';
import type { Simulation } from '../../engine/index.ts';
import { selectStatus, type PlayerCommand, type PlayerStore } from '../../player/index.ts';
import { nextAction } from './lessonProgress.ts';
import {
  answerQuestion,
  selectLessonProgress,
  selectLessonSteps,
  showStep,
  type LessonStore,
} from './lessonStore.ts';
import { NarrationNav } from './NarrationNav.tsx';
import { NarrationStepView } from './NarrationStepView.tsx';
import { StepList } from './StepList.tsx';
import { useLessonNavigation } from './useLessonNavigation.ts';
import { useNarrationTriggers } from './useNarrationTriggers.ts';

export interface NarrationSectionProps {
  readonly lesson: LessonStore;
  readonly sim: Simulation;
  readonly player: PlayerStore;
  readonly send: (command: PlayerCommand) => void;
}

export function NarrationSection({ lesson, sim, player, send }: NarrationSectionProps) {
  useNarrationTriggers(lesson, sim, player, send);
  const nav = useLessonNavigation(lesson, sim, player, send);
  const steps = useStore(lesson, selectLessonSteps);
  const progress = useStore(lesson, selectLessonProgress);
  const status = useStore(player, selectStatus);
  const index = progress.viewing;
  const step = steps[index];
  return (
    <section className="lesson-narration" aria-label="Narration">
      {step === undefined ? (
        <p className="narration-waiting muted" data-testid="narration-waiting">
          The lesson starts when the run gets going: press Play.
        </p>
      ) : (
        <NarrationStepView
          step={step}
          index={index}
          openedAtMs={progress.openedAtMs[index] ?? 0}
          answer={progress.answers[index]}
          onAnswer={(choiceId) => answerQuestion(lesson, index, choiceId)}
        />
      )}
      <NarrationNav
        viewing={index}
        opened={progress.openedAtMs.length}
        total={steps.length}
        action={nextAction(steps, progress)}
        status={status}
        onBack={nav.back}
        onNext={nav.next}
      />
      <StepList steps={steps} progress={progress} onShow={(i) => showStep(lesson, i)} />
    </section>
  );
}
