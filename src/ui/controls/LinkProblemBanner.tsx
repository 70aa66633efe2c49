// Says why a shared link could not be opened as it was, with the path of each problem, and that
// the scenario runs with its defaults instead. Dismissible; it never replaces the page.

import { formatScenarioErrors } from '../../scenario/index.ts';
import type { LinkError } from '../url/linkErrors.ts';

export interface LinkProblemBannerProps {
  readonly errors: readonly LinkError[];
  readonly onDismiss: () => void;
}

const LINES_SHOWN_MAX = 6;

export function LinkProblemBanner({ errors, onDismiss }: LinkProblemBannerProps) {
  const lines = formatScenarioErrors(errors).split('\n');
  const shown = lines.slice(0, LINES_SHOWN_MAX);
  return (
    <div className="link-problem" role="alert" data-testid="link-problem">
      <div>
        <strong>This link could not be opened as it was.</strong> The scenario starts with its own
        seed, parameters and variant, and no interventions.
        <ul>
          {shown.map((line, index) => (
            <li key={index}>
              <code>{line}</code>
            </li>
          ))}
          {lines.length > shown.length && <li>and {lines.length - shown.length} more</li>}
        </ul>
      </div>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
