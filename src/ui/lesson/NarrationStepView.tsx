// The narration step on screen: its text (safe Markdown), the entities it points at, and its
// prediction question when it has one.

import type { NarrationStep } from '../../scenario/index.ts';
import { formatSeconds } from '../format/formatTime.ts';
import { MarkdownText } from './markdown/MarkdownText.tsx';
import { PredictionCard } from './PredictionCard.tsx';

export interface NarrationStepViewProps {
  readonly step: NarrationStep;
  readonly index: number;
  readonly openedAtMs: number;
  readonly answer: string | undefined;
  readonly onAnswer: (choiceId: string) => void;
}

export function NarrationStepView({
  step,
  index,
  openedAtMs,
  answer,
  onAnswer,
}: NarrationStepViewProps) {
  const highlights = step.highlights ?? [];
  return (
    <article
      className="narration-step"
      data-testid="narration-step"
      data-step-id={step.id}
      data-step-index={index}
      data-highlight={highlights.join('; ')}
      aria-live="polite"
    >
      <p className="narration-when muted">at t = {formatSeconds(openedAtMs)}</p>
      <MarkdownText text={step.text} className="markdown narration-text" />
      {highlights.length > 0 && (
        <ul className="narration-highlights" aria-label="Look at">
          {highlights.map((h) => (
            <li key={h} data-highlight={h}>
              {h}
            </li>
          ))}
        </ul>
      )}
      {step.prediction !== undefined && (
        <PredictionCard
          key={step.id}
          prediction={step.prediction}
          answer={answer}
          onAnswer={onAnswer}
        />
      )}
    </article>
  );
}
