// The `?` overlay: every keyboard shortcut in one table. It is a modal dialog, so focus stays in
// it until Esc or the close button, and the player's shortcuts wait meanwhile (runShortcut.ts).

import { useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useFocusTrap } from '../hooks/useFocusTrap.ts';
import { SHORTCUTS } from './shortcutList.ts';

export function ShortcutHelp({ onClose }: { readonly onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useFocusTrap(ref, onClose);
  return createPortal(
    <div className="overlay-backdrop" onClick={onClose}>
      <div
        ref={ref}
        className="shortcut-help"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onClick={(event) => event.stopPropagation()}
        data-testid="shortcut-help"
      >
        <div className="shortcut-help-head">
          <h2 id={titleId}>Keyboard shortcuts</h2>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
        <table>
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.description}>
                <th scope="row">
                  {shortcut.keys.map((key, index) => (
                    <kbd key={index}>{key}</kbd>
                  ))}
                </th>
                <td>{shortcut.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>,
    document.body,
  );
}
