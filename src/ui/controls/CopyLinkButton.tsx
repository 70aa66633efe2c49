// "Copy link": puts the session (scenario, seed, interventions, position) in the address bar and
// on the clipboard. Where the clipboard is refused, the link is shown selected for copying by hand.

import { useEffect, useRef, useState } from 'react';
import { replaceLocationHash } from '../url/locationHash.ts';

export interface CopyLinkButtonProps {
  readonly makeHash: () => string;
  readonly onResult: (message: string) => void;
}

export function CopyLinkButton({ makeHash, onResult }: CopyLinkButtonProps) {
  const [manualLink, setManualLink] = useState<string | null>(null);
  const manualRef = useRef<HTMLInputElement>(null);
  useEffect(() => manualRef.current?.select(), [manualLink]);
  const copy = async (): Promise<void> => {
    replaceLocationHash(makeHash());
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setManualLink(null);
      onResult('Link copied: it opens this run at this moment.');
    } catch {
      setManualLink(url);
      onResult('The clipboard is not available; the link is shown selected, ready to copy.');
    }
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()} data-testid="copy-link">
        Copy link
      </button>
      {manualLink !== null && (
        <input
          ref={manualRef}
          className="manual-link"
          readOnly
          value={manualLink}
          aria-label="Link to this run"
          onBlur={() => setManualLink(null)}
        />
      )}
    </span>
  );
}
