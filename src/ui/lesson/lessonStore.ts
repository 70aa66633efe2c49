// The lesson's state in a small framework-free zustand store, one per scenario page: the narration
// steps, the learner's progress, and the highlights of the step on screen. Views may read the
// highlights through LessonStoreContext and the named selectors below, to mark the entities the
// narration talks about.

import { createStore, type StoreApi } from 'zustand/vanilla';
import { parseHighlight, type Highlight, type NarrationStep } from '../../scenario/index.ts';
import {
  answerStep,
  goBack,
  goNext,
  initialProgress,
  openStep,
  releaseHold,
  viewStep,
  type LessonProgress,
} from './lessonProgress.ts';

export interface LessonState {
  readonly steps: readonly NarrationStep[];
  readonly progress: LessonProgress;
  /** The highlights of the step on screen as written, e.g. "partition orders-0". */
  readonly highlights: readonly string[];
  /** The same highlights, parsed; any outside the grammar are left out. */
  readonly parsedHighlights: readonly Highlight[];
}

export type LessonStore = StoreApi<LessonState>;

const NONE: readonly string[] = [];
const NONE_PARSED: readonly Highlight[] = [];

function withProgress(steps: readonly NarrationStep[], progress: LessonProgress): LessonState {
  const highlights = steps[progress.viewing]?.highlights ?? NONE;
  const parsedHighlights =
    highlights.length === 0
      ? NONE_PARSED
      : highlights.flatMap((text) => {
          const parsed = parseHighlight(text);
          return parsed === undefined ? [] : [parsed];
        });
  return { steps, progress, highlights, parsedHighlights };
}

/**
 * Creates the store for a lesson's narration.
 *
 * @example
 * const lesson = createLessonStore(scenario.narration);
 * selectLessonHighlights(lesson.getState()); // the first step's highlights, if it is open
 */
export function createLessonStore(steps: readonly NarrationStep[]): LessonStore {
  return createStore<LessonState>()(() => withProgress(steps, initialProgress(steps)));
}

function update(store: LessonStore, change: (progress: LessonProgress) => LessonProgress): void {
  const { steps, progress } = store.getState();
  const next = change(progress);
  if (next !== progress) store.setState(withProgress(steps, next));
}

export function openPendingStep(store: LessonStore, atMs: number): void {
  update(store, (p) => openStep(p, atMs));
}
export function nextStep(store: LessonStore, nowMs: number): void {
  update(store, (p) => goNext(store.getState().steps, p, nowMs));
}
/** The learner moved on (pressed Play): steps that open from now on take the screen again. */
export function moveOn(store: LessonStore): void {
  update(store, releaseHold);
}
export function previousStep(store: LessonStore): void {
  update(store, goBack);
}
export function showStep(store: LessonStore, index: number): void {
  update(store, (p) => viewStep(p, index));
}
export function answerQuestion(store: LessonStore, index: number, choiceId: string): void {
  update(store, (p) => answerStep(p, index, choiceId));
}

export const selectLessonSteps = (state: LessonState): readonly NarrationStep[] => state.steps;
export const selectLessonProgress = (state: LessonState): LessonProgress => state.progress;
export const selectViewingIndex = (state: LessonState): number => state.progress.viewing;
export const selectLessonHighlights = (state: LessonState): readonly string[] => state.highlights;
export const selectParsedHighlights = (state: LessonState): readonly Highlight[] =>
  state.parsedHighlights;

/** A lesson with no steps, for components that need a store to read when there is no lesson. */
export const EMPTY_LESSON_STORE: LessonStore = createLessonStore([]);
