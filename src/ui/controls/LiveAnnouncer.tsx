// The polite live region where interventions, rebalances and failures are announced. It lives
// outside the session, so a message about a rebuilt run is not lost with the old one.

import { useStore } from 'zustand';
import { useUiStore } from '../hooks/useUiStore.ts';
import { selectAnnouncement } from './uiStore.ts';

export function LiveAnnouncer() {
  const announcement = useStore(useUiStore(), selectAnnouncement);
  return (
    <div
      className="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="live-announcer"
    >
      <span key={announcement.serial}>{announcement.text}</span>
    </div>
  );
}
