// How far a learner is in a lesson, as plain data with pure transitions: which narration steps
// have opened (and at what virtual time), which one is on screen, and the answers given to
// prediction questions. Steps open strictly in order; a step's trigger is looked for only from the
// time the step before it opened, and never while a question is still unanswered.

import type { NarrationStep } from '../../scenario/index.ts';

export interface LessonProgress {
  /** The virtual time each opened step opened at, by step index; steps open in order. */
  readonly openedAtMs: readonly number[];
  /** The step on screen, or -1 before the first one opens. */
  readonly viewing: number;
  /** The choice id answered, by step index. */
  readonly answers: Readonly<Record<number, string>>;
  /**
   * True from an answer until the learner moves on (Next, or Play): steps that open meanwhile do
   * not take the screen, so the explanation stays in view.
   */
  readonly holding: boolean;
}

/** What the Next button does now. */
export type NextAction =
  | 'view-next' // show an opened step after the one on screen
  | 'open-next' // open the next step, which waits for the learner
  | 'play' // the next step waits for the run: play it
  | 'answer-first' // a question on screen must be answered first
  | 'end'; // nothing comes after

/**
 * The progress at the start of a lesson: a first step that waits for the learner is open at once,
 * since opening the page is the learner's first "Next".
 */
export function initialProgress(steps: readonly NarrationStep[]): LessonProgress {
  const first = steps[0];
  const open = first !== undefined && first.trigger.kind === 'onNext';
  return { openedAtMs: open ? [0] : [], viewing: open ? 0 : -1, answers: {}, holding: false };
}

/** The index of the step whose trigger is awaited, or null when every step is open. */
export function pendingStepIndex(
  steps: readonly NarrationStep[],
  progress: LessonProgress,
): number | null {
  return progress.openedAtMs.length < steps.length ? progress.openedAtMs.length : null;
}

/** The first opened step whose question has no answer yet, or null. */
export function unansweredStepIndex(
  steps: readonly NarrationStep[],
  progress: LessonProgress,
): number | null {
  const index = progress.openedAtMs.findIndex(
    (_, i) => steps[i]?.prediction !== undefined && progress.answers[i] === undefined,
  );
  return index < 0 ? null : index;
}

/** When the step before the pending one opened: its trigger counts only from then. */
export function notBeforeMs(progress: LessonProgress): number {
  return progress.openedAtMs.at(-1) ?? 0;
}

/**
 * Opens the pending step at `atMs`. The screen follows when the learner was looking at the newest
 * step (or at none), and stays put when they had gone back to reread or are reading an answer.
 */
export function openStep(progress: LessonProgress, atMs: number): LessonProgress {
  const newest = progress.openedAtMs.length - 1;
  const follow = progress.viewing === newest && !progress.holding;
  const openedAtMs = [...progress.openedAtMs, atMs];
  return { ...progress, openedAtMs, viewing: follow ? openedAtMs.length - 1 : progress.viewing };
}

export function nextAction(steps: readonly NarrationStep[], progress: LessonProgress): NextAction {
  const newest = progress.openedAtMs.length - 1;
  if (progress.viewing < newest) return 'view-next';
  if (unansweredStepIndex(steps, progress) !== null) return 'answer-first';
  const pending = pendingStepIndex(steps, progress);
  if (pending === null) return 'end';
  return steps[pending]?.trigger.kind === 'onNext' ? 'open-next' : 'play';
}

/** Moves forward as Next says, opening an onNext step at `nowMs`; 'play' is the caller's job. */
export function goNext(
  steps: readonly NarrationStep[],
  progress: LessonProgress,
  nowMs: number,
): LessonProgress {
  const moving = releaseHold(progress);
  switch (nextAction(steps, progress)) {
    case 'view-next':
      return { ...moving, viewing: progress.viewing + 1 };
    case 'open-next':
      return openStep(moving, Math.max(nowMs, notBeforeMs(progress)));
    default:
      return moving;
  }
}

/** The learner moved on from an answer (Next or Play): new steps take the screen again. */
export function releaseHold(progress: LessonProgress): LessonProgress {
  return progress.holding ? { ...progress, holding: false } : progress;
}

export function goBack(progress: LessonProgress): LessonProgress {
  return progress.viewing > 0 ? { ...progress, viewing: progress.viewing - 1 } : progress;
}

/** Shows an opened step; a step not yet open cannot be shown. */
export function viewStep(progress: LessonProgress, index: number): LessonProgress {
  const valid = index >= 0 && index < progress.openedAtMs.length;
  return valid ? { ...progress, viewing: index } : progress;
}

/** Records the learner's answer to a step's question; the first answer stands. */
export function answerStep(
  progress: LessonProgress,
  index: number,
  choiceId: string,
): LessonProgress {
  if (progress.answers[index] !== undefined) return progress;
  return { ...progress, answers: { ...progress.answers, [index]: choiceId }, holding: true };
}
