// Everything around the workspace while a session runs: the session toolbar, the branches, the
// fault panel, the entity context menu and the keyboard help, plus the keyboard shortcuts, the
// address-bar sync and the live announcements. The workspace itself belongs to the views; its
// host element is WorkspaceHost.tsx, and the shortcuts' wiring is useSessionShortcuts.ts.

import { useCallback, useMemo } from 'react';
import { useStore } from 'zustand';
import type { PlayerState, PlayerStore, SandboxSession } from '../../player/index.ts';
import { PlayerWorkspace, type PlayerWorkspaceProps } from '../components/PlayerWorkspace.tsx';
import { useEntityContextMenu } from '../hooks/useEntityContextMenu.ts';
import { useLinkSync } from '../hooks/useLinkSync.ts';
import { useSessionActions } from '../hooks/useSessionActions.ts';
import { useSessionSnapshot } from '../hooks/useSessionSnapshot.ts';
import { useTraceAnnouncements } from '../hooks/useTraceAnnouncements.ts';
import { useUiStore } from '../hooks/useUiStore.ts';
import type { SessionLinkState } from '../url/sessionLink.ts';
import { BranchBar } from './BranchBar.tsx';
import { EntityContextMenu } from './EntityContextMenu.tsx';
import { FaultPanel } from './FaultPanel.tsx';
import { SessionToolbar } from './SessionToolbar.tsx';
import { ShortcutHelp } from './ShortcutHelp.tsx';
import { selectFaultPanelOpen, selectHelpOpen, setFaultPanelOpen, setHelpOpen } from './uiStore.ts';
import { useSessionShortcuts } from './useSessionShortcuts.ts';
import { WorkspaceHost } from './WorkspaceHost.tsx';

export interface SessionScreenProps {
  readonly session: SandboxSession;
  /** The scenario with its guided fields (such as its opening views), as the catalogue holds it. */
  readonly scenario: NonNullable<PlayerWorkspaceProps['scenario']>;
  readonly store: PlayerStore;
  readonly params: SessionLinkState['params'];
  /** The lesson variant being played, for the shareable link; null when none is chosen. */
  readonly variant?: string | null;
}

const selectCanApply = (state: PlayerState): boolean => state.nowMs < state.durationMs;

export function SessionScreen({
  session,
  scenario,
  store,
  params,
  variant = null,
}: SessionScreenProps) {
  const ui = useUiStore();
  const { sim, controller, seed, branches } = useSessionSnapshot(session);
  const faultsOpen = useStore(ui, selectFaultPanelOpen);
  const helpOpen = useStore(ui, selectHelpOpen);
  const canApply = useStore(store, selectCanApply);
  const menu = useEntityContextMenu();
  useSessionShortcuts(session, store, ui);
  useTraceAnnouncements(sim, ui);
  const makeHash = useLinkSync(scenario, session, store, params, variant);
  const workspaceSession = useMemo(() => ({ sim, controller }), [sim, controller]);

  const actions = useSessionActions(session, store, ui);
  const closeHelp = useCallback(() => setHelpOpen(ui, false), [ui]);

  return (
    <>
      <SessionToolbar
        seed={seed}
        sim={sim}
        fileBase={`${scenario.id}-seed${seed}`}
        onSeed={actions.changeSeed}
        makeHash={makeHash}
      />
      <BranchBar branches={branches} onSwitch={actions.switchBranch} />
      <div className="session-layout" data-faults-open={faultsOpen ? 'true' : undefined}>
        <WorkspaceHost ui={ui} onContextMenu={menu.onContextMenu}>
          <PlayerWorkspace session={workspaceSession} store={store} scenario={scenario} />
        </WorkspaceHost>
        {faultsOpen && (
          <FaultPanel
            sim={sim}
            canApply={canApply}
            onApply={actions.apply}
            onClose={() => setFaultPanelOpen(ui, false)}
          />
        )}
      </div>
      {menu.menu !== null && (
        <EntityContextMenu
          menu={menu.menu}
          sim={sim}
          canApply={canApply}
          onApply={actions.apply}
          onClose={menu.close}
        />
      )}
      {helpOpen && <ShortcutHelp onClose={closeHelp} />}
    </>
  );
}
