// The session's own controls above the workspace: the seed, the fault panel, sharing, export,
// presenter mode and the keyboard help. Each button names its shortcut in its title.

import { useStore } from 'zustand';
import type { Simulation } from '../../engine/index.ts';
import { useUiStore } from '../hooks/useUiStore.ts';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { SeedField } from './SeedField.tsx';
import {
  announce,
  selectFaultPanelOpen,
  selectPresenter,
  setHelpOpen,
  toggleFaultPanel,
  togglePresenter,
} from './uiStore.ts';

export interface SessionToolbarProps {
  readonly seed: number;
  readonly sim: Simulation;
  readonly fileBase: string;
  readonly onSeed: (seed: number) => void;
  readonly makeHash: () => string;
}

export function SessionToolbar({ seed, sim, fileBase, onSeed, makeHash }: SessionToolbarProps) {
  const ui = useUiStore();
  const faultsOpen = useStore(ui, selectFaultPanelOpen);
  const presenter = useStore(ui, selectPresenter);
  return (
    <div className="session-toolbar" role="group" aria-label="Session">
      <SeedField key={seed} seed={seed} onSeed={onSeed} />
      <span className="toolbar-group">
        <button
          type="button"
          aria-pressed={faultsOpen}
          onClick={() => toggleFaultPanel(ui)}
          title="Show or hide the fault panel (F)"
        >
          Faults
        </button>
        <CopyLinkButton makeHash={makeHash} onResult={(message) => announce(ui, message)} />
        <ExportButtons sim={sim} fileBase={fileBase} />
      </span>
      <span className="toolbar-group">
        <button
          type="button"
          aria-pressed={presenter}
          onClick={() => togglePresenter(ui)}
          title="Large type, no chrome (P)"
        >
          Presenter
        </button>
        <button
          type="button"
          onClick={() => setHelpOpen(ui, true)}
          title="Keyboard shortcuts (?)"
          aria-label="Keyboard shortcuts"
        >
          Keys ?
        </button>
      </span>
    </div>
  );
}
