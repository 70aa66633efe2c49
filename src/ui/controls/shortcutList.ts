// The keyboard shortcuts as the `?` overlay lists them. Keep in step with hooks/playerKeys.ts.

export interface ShortcutDescription {
  readonly keys: readonly string[];
  readonly description: string;
}

export const SHORTCUTS: readonly ShortcutDescription[] = [
  { keys: ['Space'], description: 'Play or pause' },
  { keys: ['←'], description: 'Step back' },
  { keys: ['→'], description: 'Step to the next event' },
  { keys: ['Shift', '→'], description: 'Jump to the next key event (rebalance, crash, election…)' },
  { keys: ['['], description: 'Slower' },
  { keys: [']'], description: 'Faster' },
  { keys: ['R'], description: 'Restart from time zero' },
  { keys: ['F'], description: 'Show or hide the fault panel' },
  { keys: ['P'], description: 'Presenter mode on or off' },
  { keys: ['1', '…', '7'], description: 'Show or hide a view' },
  { keys: ['Page Up'], description: 'Previous narration step' },
  { keys: ['Page Down'], description: 'Next narration step' },
  { keys: ['Shift', 'F10'], description: 'Actions for the focused entity (or right-click it)' },
  { keys: ['?'], description: 'This list' },
  { keys: ['Esc'], description: 'Close a menu, this list or the fault panel' },
];
