// Back and Next under the narration, with the step count and a progress bar. Next says what it
// will do: show the next step, play the run to it, or wait for an answer.

import type { PlaybackStatus } from '../../player/index.ts';
import type { NextAction } from './lessonProgress.ts';

export interface NarrationNavProps {
  readonly viewing: number;
  readonly opened: number;
  readonly total: number;
  readonly action: NextAction;
  readonly status: PlaybackStatus;
  readonly onBack: () => void;
  readonly onNext: () => void;
}

function nextLabel(action: NextAction, status: PlaybackStatus): [string, boolean] {
  switch (action) {
    case 'view-next':
    case 'open-next':
      return ['Next', true];
    case 'answer-first':
      return ['Answer to continue', false];
    case 'end':
      return ['Last step', false];
    case 'play':
      if (status === 'playing') return ['Running…', false];
      if (status === 'ended') return ['Run ended', false];
      return ['Run to next step', true];
  }
}

export function NarrationNav(props: NarrationNavProps) {
  const { viewing, opened, total, action, status, onBack, onNext } = props;
  const [label, enabled] = nextLabel(action, status);
  return (
    <div className="narration-nav">
      <span className="narration-count" data-testid="narration-count">
        Step {viewing + 1} of {total}
        <progress max={total} value={opened} aria-label={`${opened} of ${total} steps opened`} />
      </span>
      <button
        type="button"
        onClick={onBack}
        disabled={viewing <= 0}
        title="Previous step (Page Up)"
      >
        ← Back
      </button>
      <button
        type="button"
        className="primary"
        onClick={onNext}
        disabled={!enabled}
        title="Next step (Page Down)"
        data-testid="narration-next"
      >
        {label}
      </button>
    </div>
  );
}
