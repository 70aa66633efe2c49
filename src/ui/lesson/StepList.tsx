// The lesson's steps as a list with progress: opened steps can be shown again, the one on screen
// is marked, and those still to come say what they wait for. Each item carries its highlights in
// `data-highlight`, so views and tests can see what a step points at.

import type { NarrationStep, Trigger } from '../../scenario/index.ts';
import { formatDuration } from '../format/formatDuration.ts';
import type { LessonProgress } from './lessonProgress.ts';

export interface StepListProps {
  readonly steps: readonly NarrationStep[];
  readonly progress: LessonProgress;
  readonly onShow: (index: number) => void;
}

function waitsFor(trigger: Trigger): string {
  switch (trigger.kind) {
    case 'atTime':
      return `at ${formatDuration(trigger.atMs)}`;
    case 'onEvent':
      return `on ${trigger.eventType}`;
    case 'onNext':
      return 'on Next';
  }
}

/** Longest step name in the list, in characters. */
const TITLE_CHARS_MAX = 56;

/** The first sentence of a step's text without Markdown marks, cut at a word, as its name. */
export function stepTitle(step: NarrationStep): string {
  const line = step.text.split('\n').find((l) => l.trim() !== '') ?? step.id;
  const plain = line
    .replace(/[*_`#>]/g, '')
    .replace(/^\s*([-+]|\d+[.)])\s+/, '')
    .trim();
  const sentence = /^.*?[.:;!?](\s|$)/.exec(plain)?.[0].trim() ?? plain;
  if (sentence.length <= TITLE_CHARS_MAX) return sentence;
  const cut = sentence.slice(0, TITLE_CHARS_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), TITLE_CHARS_MAX / 2))}…`;
}

export function StepList({ steps, progress, onShow }: StepListProps) {
  return (
    <ol className="lesson-steps" aria-label="Lesson steps">
      {steps.map((step, i) => {
        const opened = i < progress.openedAtMs.length;
        const current = i === progress.viewing;
        const state = current ? 'current' : opened ? 'done' : 'upcoming';
        return (
          <li
            key={step.id}
            className={`lesson-step ${state}`}
            data-step-id={step.id}
            data-state={state}
            data-highlight={(step.highlights ?? []).join('; ')}
            aria-current={current ? 'step' : undefined}
          >
            {opened ? (
              <button type="button" className="link-button" onClick={() => onShow(i)}>
                {stepTitle(step)}
              </button>
            ) : (
              <span className="muted">
                {stepTitle(step)}{' '}
                <span className="lesson-step-wait">({waitsFor(step.trigger)})</span>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
