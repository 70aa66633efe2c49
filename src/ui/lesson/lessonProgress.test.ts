import { describe, expect, test } from 'vitest';
import type { NarrationStep } from '../../scenario/index.ts';
import {
  answerStep,
  goBack,
  goNext,
  initialProgress,
  nextAction,
  notBeforeMs,
  openStep,
  pendingStepIndex,
  unansweredStepIndex,
} from './lessonProgress.ts';

const QUESTION = {
  question: 'Q?',
  choices: [
    { id: 'a', text: 'A', correct: true, explanation: 'yes' },
    { id: 'b', text: 'B', correct: false, explanation: 'no' },
  ],
};
const STEPS: NarrationStep[] = [
  { id: 's0', text: 'intro', trigger: { kind: 'onNext' } },
  { id: 's1', text: 'event', trigger: { kind: 'onEvent', eventType: 'record.appended' } },
  { id: 's2', text: 'ask', trigger: { kind: 'atTime', atMs: 500 }, prediction: QUESTION },
  { id: 's3', text: 'more', trigger: { kind: 'onNext' } },
];

describe('lesson progress', () => {
  test('a first onNext step is open from the start; others wait', () => {
    expect(initialProgress(STEPS)).toEqual({
      openedAtMs: [0],
      viewing: 0,
      answers: {},
      holding: false,
    });
    expect(initialProgress(STEPS.slice(1)).viewing).toBe(-1);
  });

  test('Next plays towards a step that waits for the run, and opens one that waits for Next', () => {
    let progress = initialProgress(STEPS);
    expect(nextAction(STEPS, progress)).toBe('play');
    progress = openStep(progress, 120);
    progress = openStep(progress, 500);
    expect(notBeforeMs(progress)).toBe(500);
    expect(unansweredStepIndex(STEPS, progress)).toBe(2);
    expect(nextAction(STEPS, progress)).toBe('answer-first');
    progress = answerStep(progress, 2, 'b');
    expect(answerStep(progress, 2, 'a').answers[2]).toBe('b');
    expect(nextAction(STEPS, progress)).toBe('open-next');
    progress = goNext(STEPS, progress, 800);
    expect(progress.openedAtMs).toEqual([0, 120, 500, 800]);
    expect(pendingStepIndex(STEPS, progress)).toBeNull();
    expect(nextAction(STEPS, progress)).toBe('end');
  });

  test('the screen follows new steps unless the learner went back to reread', () => {
    let progress = openStep(initialProgress(STEPS), 100);
    expect(progress.viewing).toBe(1);
    progress = goBack(progress);
    progress = openStep(progress, 500);
    expect(progress.viewing).toBe(0);
    expect(nextAction(STEPS, progress)).toBe('view-next');
    expect(goNext(STEPS, progress, 0).viewing).toBe(1);
  });

  test('after an answer, steps that open do not take the screen until the learner moves on', () => {
    const asking: NarrationStep[] = [
      { id: 'q', text: 'ask', trigger: { kind: 'onNext' }, prediction: QUESTION },
      { id: 'a', text: 'a', trigger: { kind: 'atTime', atMs: 10 } },
      { id: 'b', text: 'b', trigger: { kind: 'atTime', atMs: 20 } },
    ];
    let progress = answerStep(initialProgress(asking), 0, 'a');
    progress = openStep(openStep(progress, 10), 20);
    expect(progress.viewing).toBe(0);
    expect(nextAction(asking, progress)).toBe('view-next');
    progress = goNext(asking, progress, 30);
    expect(progress).toMatchObject({ viewing: 1, holding: false });
  });
});
