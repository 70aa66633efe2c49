// The branches of the session and the interventions of the current one. Each branch keeps its own
// future; choosing one rebuilds the run from its interventions at the current time.

import { currentBranch, type Branch, type BranchSet } from '../../player/index.ts';
import { formatSeconds } from '../format/formatTime.ts';
import { describeCommand } from './entityActions.ts';

export interface BranchBarProps {
  readonly branches: BranchSet;
  readonly onSwitch: (branchId: number) => void;
}

function branchLabel(branch: Branch): string {
  const count = branch.interventions.length;
  const from = branch.forkAtMs === null ? '' : ` · from ${formatSeconds(branch.forkAtMs)}`;
  return `Branch ${branch.id}${from} · ${count} intervention${count === 1 ? '' : 's'}`;
}

export function BranchBar({ branches, onSwitch }: BranchBarProps) {
  const current = currentBranch(branches);
  if (branches.branches.length === 1 && current.interventions.length === 0) return null;
  return (
    <section
      className="branch-bar"
      aria-label="Branches and interventions"
      data-testid="branch-bar"
    >
      <ul className="branch-list">
        {branches.branches.map((branch) => (
          <li key={branch.id}>
            <button
              type="button"
              aria-pressed={branch.id === branches.currentId}
              onClick={() => onSwitch(branch.id)}
              title={
                branch.interventions
                  .map((i) => `${formatSeconds(i.atMs)} ${describeCommand(i)}`)
                  .join('\n') || 'No interventions'
              }
            >
              {branchLabel(branch)}
            </button>
          </li>
        ))}
      </ul>
      <ol
        className="intervention-list"
        aria-label={`Interventions on branch ${current.id}`}
        data-testid="intervention-list"
      >
        {current.interventions.map((intervention, index) => (
          <li key={index}>
            <span className="muted">{formatSeconds(intervention.atMs)}</span>{' '}
            {describeCommand(intervention)}
          </li>
        ))}
      </ol>
    </section>
  );
}
