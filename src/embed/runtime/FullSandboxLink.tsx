// "Open in the full sandbox": a link to the sandbox app with this embed's exact state (seed, live
// interventions, time and trace position, parameters) in the session link the app already reads.
// The address is worked out when the reader reaches for the link, so it is never stale.

import type { SyntheticEvent } from 'react';
import type { SandboxSession } from '../../player/index.ts';
import { sessionHashFor } from '../../ui/url/sessionHashFor.ts';
import type { SessionLinkState } from '../../ui/url/sessionLink.ts';

export interface FullSandboxLinkProps {
  /** The sandbox app's address, e.g. https://sandbox.example.org/ */
  readonly appUrl: string;
  readonly scenario: { readonly id: string; readonly seed: number };
  readonly session: SandboxSession;
  readonly params: SessionLinkState['params'];
}

/** The app address plus the session hash for `session` as it is now. */
export function fullSandboxHref(props: FullSandboxLinkProps): string {
  const url = new URL(props.appUrl);
  url.hash = sessionHashFor(props.scenario, props.session.getSnapshot(), props.params);
  return url.href;
}

export function FullSandboxLink(props: FullSandboxLinkProps) {
  const refresh = (event: SyntheticEvent<HTMLAnchorElement>): void => {
    event.currentTarget.href = fullSandboxHref(props);
  };
  return (
    <a
      className="embed-open-link"
      data-testid="embed-open-full"
      href={fullSandboxHref(props)}
      target="_blank"
      rel="noopener"
      onClick={refresh}
      onPointerDown={refresh}
      onFocus={refresh}
      onContextMenu={refresh}
    >
      Open in the full sandbox ↗
    </a>
  );
}
