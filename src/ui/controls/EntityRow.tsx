// One entity in the fault panel: its name, its state, and a button per action. Disabled actions
// stay visible so a learner sees what exists, and their title says why they are off; an action
// with its own reason (a topic at its maximum partitions) also shows it next to the buttons.

import type { Intervention } from '../../engine/index.ts';
import { describeCommand, type EntityAction, type EntityRef } from './entityActions.ts';

export interface EntityRowProps {
  readonly entity: EntityRef;
  readonly stateText: string;
  readonly actions: readonly EntityAction[];
  /** False once the run has ended: nothing can be applied then. */
  readonly canApply: boolean;
  readonly onApply: (command: Intervention) => void;
}

export function EntityRow({ entity, stateText, actions, canApply, onApply }: EntityRowProps) {
  return (
    <li className="entity-row" data-entity-row={`${entity.kind}:${entity.id}`}>
      <span className="entity-name">
        <strong>{entity.id}</strong> <span className="muted">{stateText}</span>
      </span>
      <span className="entity-actions">
        {actions.map((action) => (
          <button
            key={action.label}
            type="button"
            disabled={!canApply || !action.enabled}
            aria-label={`${action.label} ${entity.kind} ${entity.id}`}
            title={
              action.enabled
                ? describeCommand(action.command)
                : (action.reason ?? `Not possible while ${stateText}`)
            }
            onClick={() => onApply(action.command)}
          >
            {action.label}
          </button>
        ))}
      </span>
      {actions.map((action) =>
        action.enabled || action.reason === undefined ? null : (
          <span key={action.label} className="entity-reason muted">
            {action.reason}
          </span>
        ),
      )}
    </li>
  );
}
