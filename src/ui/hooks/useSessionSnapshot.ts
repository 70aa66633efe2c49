// Reads a sandbox session's snapshot (simulation, controller, seed, branches) into React. The
// snapshot object changes only when the session rebuilds or records an intervention.

import { useCallback, useSyncExternalStore } from 'react';
import type { SandboxSession, SessionSnapshot } from '../../player/index.ts';

export function useSessionSnapshot(session: SandboxSession): SessionSnapshot {
  const subscribe = useCallback((listener: () => void) => session.subscribe(listener), [session]);
  const getSnapshot = useCallback(() => session.getSnapshot(), [session]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
