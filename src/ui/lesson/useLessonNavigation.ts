// Next and Back for the narration, from the buttons and from Page Down / Page Up (the controls
// send those as the `sandbox:narration` event on window; handling one cancels the page scroll).
// Next shows the following opened step, opens a step that waits for the learner, or plays the
// run towards a step that waits for a time or an event.

import { useCallback, useEffect } from 'react';
import type { Simulation } from '../../engine/index.ts';
import type { PlayerCommand, PlayerStore } from '../../player/index.ts';
import { NARRATION_EVENT, type NarrationDetail } from '../controls/sandboxEvents.ts';
import { nextAction } from './lessonProgress.ts';
import { nextStep, previousStep, type LessonStore } from './lessonStore.ts';

export interface LessonNavigation {
  readonly next: () => void;
  readonly back: () => void;
}

export function useLessonNavigation(
  lesson: LessonStore,
  sim: Simulation,
  player: PlayerStore,
  send: (command: PlayerCommand) => void,
): LessonNavigation {
  const next = useCallback(() => {
    const { steps, progress } = lesson.getState();
    if (nextAction(steps, progress) !== 'play') nextStep(lesson, sim.nowMs());
    else if (player.getState().status !== 'playing') send({ type: 'PLAY' });
  }, [lesson, sim, player, send]);
  const back = useCallback(() => previousStep(lesson), [lesson]);
  useEffect(() => {
    const onNarration = (event: Event): void => {
      const detail = (event as CustomEvent<NarrationDetail>).detail;
      event.preventDefault();
      if (detail.direction === 'next') next();
      else back();
    };
    window.addEventListener(NARRATION_EVENT, onNarration);
    return () => window.removeEventListener(NARRATION_EVENT, onNarration);
  }, [next, back]);
  return { next, back };
}
