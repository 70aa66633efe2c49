// Gives each panel of a workspace its member of the workspace's refresh rota (refreshRota.ts).
// Outside a workspace with a rota (component tests, a view rendered alone) a panel sees the
// simulation itself and refreshes on every change.

import { createContext, useCallback, useContext, useMemo, type RefCallback } from 'react';
import type { Simulation } from '../../engine/index.ts';
import type { FrameScheduler, RefreshRota } from './refreshRota.ts';

export const RefreshRotaContext = createContext<RefreshRota | null>(null);

/**
 * The simulation as this panel should read it (its member of the rota, or `sim`), and a ref for
 * the panel's element so that the rota knows whether it is on screen.
 *
 * @example
 * const { sim: panelSim, ref } = usePanelSim(sim);
 * const world = useWorldView(panelSim);
 * return <div ref={ref}>…</div>;
 */
export function usePanelSim(sim: Simulation): {
  readonly sim: Simulation;
  readonly ref: RefCallback<HTMLElement>;
} {
  const rota = useContext(RefreshRotaContext);
  // A member is plain data until something subscribes to it, so making one in render is safe.
  const member = useMemo(() => rota?.join() ?? null, [rota]);
  const ref = useCallback(
    (element: HTMLElement | null) => {
      if (member === null || element === null || typeof IntersectionObserver !== 'function') {
        return undefined;
      }
      const observer = new IntersectionObserver((entries) => {
        const last = entries[entries.length - 1];
        if (last !== undefined) member.setVisible(last.isIntersecting);
      });
      observer.observe(element);
      return () => {
        observer.disconnect();
        member.setVisible(true);
      };
    },
    [member],
  );
  return { sim: member?.sim ?? sim, ref };
}

/** The browser's next animation frame, for the rota's catch-up; a timer where there is none. */
export const nextAnimationFrame: FrameScheduler = (callback) => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => callback());
  else setTimeout(callback, 16);
};
