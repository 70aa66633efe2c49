// What the learner sees after answering a prediction: right or not, the explanation of the chosen
// answer, and, when it was wrong, the correct answer with its explanation.

import type { Prediction } from '../../scenario/index.ts';
import { MarkdownInline } from './markdown/MarkdownInline.tsx';

export interface PredictionVerdictProps {
  readonly prediction: Prediction;
  readonly answer: string;
}

export function PredictionVerdict({ prediction, answer }: PredictionVerdictProps) {
  const chosen = prediction.choices.find((c) => c.id === answer);
  const correct = prediction.choices.find((c) => c.correct);
  if (chosen === undefined) return null;
  return (
    <div
      className={`prediction-verdict ${chosen.correct ? 'right' : 'wrong'}`}
      data-testid="prediction-verdict"
      data-correct={chosen.correct ? 'true' : 'false'}
      role="status"
    >
      <p>
        <strong>{chosen.correct ? 'Right.' : 'Not quite.'}</strong>{' '}
        <MarkdownInline text={chosen.explanation} />
      </p>
      {!chosen.correct && correct !== undefined && (
        <p>
          <strong>The answer:</strong> <MarkdownInline text={correct.text} />.{' '}
          <MarkdownInline text={correct.explanation} />
        </p>
      )}
    </div>
  );
}
