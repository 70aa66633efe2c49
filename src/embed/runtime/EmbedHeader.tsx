// The top of a running embed: the scenario's title and, for a catalogue scenario with a known app
// address, the "open in the full sandbox" link. It is its own component so that EmbedScreen.tsx
// stays a short list of the screen's parts.

import { memo } from 'react';
import type { SandboxSession } from '../../player/index.ts';
import type { ScenarioSummary } from '../../ui/catalog/scenarioCatalog.ts';
import type { SessionLinkState } from '../../ui/url/sessionLink.ts';
import { FullSandboxLink } from './FullSandboxLink.tsx';

export interface EmbedHeaderProps {
  readonly scenario: ScenarioSummary;
  /** The full sandbox's address; null hides the link. */
  readonly appUrl: string | null;
  /** Whether the scenario comes from the catalogue; only then is the link shown. */
  readonly fromCatalog: boolean;
  readonly session: SandboxSession;
  readonly params: SessionLinkState['params'];
}

const MemoLink = memo(FullSandboxLink);

export function EmbedHeader({ scenario, appUrl, fromCatalog, session, params }: EmbedHeaderProps) {
  return (
    <header className="embed-header">
      <h2 className="embed-title">{scenario.title}</h2>
      {appUrl !== null && fromCatalog && (
        <MemoLink appUrl={appUrl} scenario={scenario} session={session} params={params} />
      )}
    </header>
  );
}
