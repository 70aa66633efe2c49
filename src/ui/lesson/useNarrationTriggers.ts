// Opens narration steps as the run reaches their triggers, and keeps playback paused while a
// prediction question waits for its answer. It listens to the simulation (every move), the lesson
// store (an answer may unblock the next step) and the player store (Play is refused while a
// question is open), and reads the trace only incrementally (triggerScanner.ts).

import { useEffect } from 'react';
import type { Simulation } from '../../engine/index.ts';
import type { PlayerCommand, PlayerStore } from '../../player/index.ts';
import { notBeforeMs, pendingStepIndex, unansweredStepIndex } from './lessonProgress.ts';
import { moveOn, openPendingStep, type LessonStore } from './lessonStore.ts';
import { scanTrigger, traceIndexAtOrAfter } from './triggerScanner.ts';

export function useNarrationTriggers(
  lesson: LessonStore,
  sim: Simulation,
  player: PlayerStore,
  send: (command: PlayerCommand) => void,
): void {
  useEffect(() => {
    // The cursor belongs to the search for one step: it restarts whenever another step opens.
    let cursor = 0;
    let cursorForStep = -1;
    let busy = false;
    const holdForQuestion = (): void => {
      const { steps, progress } = lesson.getState();
      if (player.getState().status !== 'playing') return;
      if (unansweredStepIndex(steps, progress) !== null) send({ type: 'PAUSE' });
      else if (progress.holding) moveOn(lesson);
    };
    const advance = (): void => {
      if (busy) return;
      busy = true;
      try {
        // Several steps can fire in one frame (a jump forward); each one starts the next search.
        for (;;) {
          const { steps, progress } = lesson.getState();
          const pending = pendingStepIndex(steps, progress);
          const step = pending === null ? undefined : steps[pending];
          if (step === undefined || unansweredStepIndex(steps, progress) !== null) break;
          if (cursorForStep !== pending) {
            cursor = traceIndexAtOrAfter(sim, notBeforeMs(progress));
            cursorForStep = pending ?? -1;
          }
          const result = scanTrigger(sim, step.trigger, notBeforeMs(progress), cursor);
          cursor = result.cursor;
          if (result.firedAtMs === null) break;
          openPendingStep(lesson, result.firedAtMs);
        }
      } finally {
        busy = false;
      }
      holdForQuestion();
    };
    advance();
    const stopSim = sim.subscribe(advance);
    const stopLesson = lesson.subscribe(advance);
    const stopPlayer = player.subscribe(holdForQuestion);
    return () => {
      stopSim();
      stopLesson();
      stopPlayer();
    };
  }, [lesson, sim, player, send]);
}
