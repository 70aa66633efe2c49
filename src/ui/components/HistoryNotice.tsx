// Says when the engine's bounded history has dropped the early part of a long run: from which
// time seeks still work, and which policy dropped the rest (src/engine/simulation/README.md,
// "Bounded history"). It renders nothing while the whole run is kept, which is always the case
// for the bundled scenarios.

import { useStore } from 'zustand';
import {
  selectHistoryDroppedBeforeMs,
  selectHistoryPolicy,
  type PlayerStore,
} from '../../player/index.ts';
import { formatSeconds } from '../format/formatTime.ts';

export interface HistoryNoticeProps {
  readonly store: PlayerStore;
}

const NOTICE_STYLE = {
  margin: '0 0 0.6rem',
  padding: '0.35rem 0.6rem',
  borderLeft: '4px solid #8a94a6',
  background: '#eceff4',
  color: 'var(--ink)',
  fontSize: '0.9rem',
} as const;

export function HistoryNotice({ store }: HistoryNoticeProps) {
  const droppedBeforeMs = useStore(store, selectHistoryDroppedBeforeMs);
  const policy = useStore(store, selectHistoryPolicy);
  if (droppedBeforeMs === null || policy === null) return null;
  const before = formatSeconds(droppedBeforeMs);
  return (
    <p className="history-notice" role="status" style={NOTICE_STYLE}>
      History before {before} was dropped to keep memory bounded (policy: keep at most{' '}
      {policy.maxTraceEvents.toLocaleString('en')} trace events and{' '}
      {policy.maxKeyframes.toLocaleString('en')} keyframes). Seeking and restarting go back to{' '}
      {before} at the earliest.
    </p>
  );
}
