// A narration step's prediction: a multiple-choice question asked before the run shows the
// answer. Playback stays paused until the learner answers (useNarrationTriggers); then the card
// says whether the choice was right and shows its explanation, and the right one's when it was not.

import { useId, useState } from 'react';
import type { Prediction, PredictionChoice } from '../../scenario/index.ts';
import { MarkdownInline } from './markdown/MarkdownInline.tsx';
import { PredictionVerdict } from './PredictionVerdict.tsx';

export interface PredictionCardProps {
  readonly prediction: Prediction;
  /** The choice id already answered, or undefined while the question is open. */
  readonly answer: string | undefined;
  readonly onAnswer: (choiceId: string) => void;
}

/** After an answer: the right choice is 'correct', a wrong one picked is 'wrong'. */
function verdictOf(choice: PredictionChoice, answer: string | undefined): string | undefined {
  if (answer === undefined) return undefined;
  if (choice.correct) return 'correct';
  return choice.id === answer ? 'wrong' : undefined;
}

export function PredictionCard({ prediction, answer, onAnswer }: PredictionCardProps) {
  const [picked, setPicked] = useState<string | null>(null);
  const name = useId();
  const answered = answer !== undefined;
  return (
    <form
      className="prediction"
      data-testid="prediction"
      data-answered={answered ? 'true' : 'false'}
      onSubmit={(event) => {
        event.preventDefault();
        if (picked !== null) onAnswer(picked);
      }}
    >
      <fieldset disabled={answered}>
        <legend>
          <span className="prediction-tag">Predict</span>{' '}
          <MarkdownInline text={prediction.question} />
        </legend>
        {prediction.choices.map((choice) => (
          <label
            key={choice.id}
            className="prediction-choice"
            data-choice-id={choice.id}
            data-verdict={verdictOf(choice, answer)}
          >
            <input
              type="radio"
              name={name}
              value={choice.id}
              checked={(answer ?? picked) === choice.id}
              onChange={() => setPicked(choice.id)}
            />
            <MarkdownInline text={choice.text} />
          </label>
        ))}
        {!answered && (
          <button type="submit" className="primary" disabled={picked === null}>
            Answer
          </button>
        )}
      </fieldset>
      {answered && <PredictionVerdict prediction={prediction} answer={answer} />}
    </form>
  );
}
