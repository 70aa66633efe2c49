// The session's actions as the controls call them: apply an intervention, switch branch, change
// seed. Each also tells the live region what happened, including when a new branch was started.

import { useCallback, useMemo } from 'react';
import type { Intervention } from '../../engine/index.ts';
import type { PlayerStore, SandboxSession } from '../../player/index.ts';
import { describeCommand } from '../controls/entityActions.ts';
import { announce, type UiStore } from '../controls/uiStore.ts';
import { formatSeconds } from '../format/formatTime.ts';

export interface SessionActions {
  readonly apply: (command: Intervention) => void;
  readonly switchBranch: (branchId: number) => void;
  readonly changeSeed: (seed: number) => void;
}

export function useSessionActions(
  session: SandboxSession,
  store: PlayerStore,
  ui: UiStore,
): SessionActions {
  const apply = useCallback(
    (command: Intervention) => {
      const result = session.apply(command);
      if (result === null) {
        if (store.getState().error === null)
          announce(ui, 'Nothing was applied: the run has ended.');
        return;
      }
      const what = `Applied: ${describeCommand(command)} at ${formatSeconds(result.intervention.atMs)}.`;
      const branch =
        result.newBranchId === null
          ? ''
          : ` This started branch ${result.newBranchId}; the previous branch keeps its own future.`;
      announce(ui, what + branch);
    },
    [session, store, ui],
  );
  return useMemo(() => {
    const now = (): string => formatSeconds(session.getSnapshot().sim.nowMs());
    return {
      apply,
      switchBranch(branchId: number) {
        session.switchBranch(branchId);
        announce(ui, `Branch ${branchId}, at ${now()}.`);
      },
      changeSeed(seed: number) {
        session.setSeed(seed);
        announce(ui, `Seed ${seed}: the run was replayed to ${now()}.`);
      },
    };
  }, [apply, session, ui]);
}
