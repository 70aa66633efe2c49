// A React.lazy component for one part of the app (a route) that can also be
// asked to start loading before it renders, and that fails with a message a learner can act on.
// React.lazy remembers a failure for good, so a retry makes a new one with `lazyPart` again.

import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { loadFailure } from './loadFailure.ts';

export interface LazyPart<P extends object> {
  readonly Component: LazyExoticComponent<ComponentType<P>>;
  /** Starts loading now, so the chunk is on its way before the part renders. */
  readonly preload: () => void;
}

/**
 * @example
 * const player = lazyPart('the player', () => import('./PlayerRoute.tsx').then((m) => m.PlayerRoute));
 * <Suspense fallback={<PartLoading what="the player" />}><player.Component {...props} /></Suspense>
 */
export function lazyPart<P extends object>(
  what: string,
  load: () => Promise<ComponentType<P>>,
): LazyPart<P> {
  let started: Promise<{ default: ComponentType<P> }> | null = null;
  const start = (): Promise<{ default: ComponentType<P> }> =>
    (started ??= load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        throw loadFailure(what, error);
      },
    ));
  return {
    Component: lazy(start),
    preload: () => {
      // A failed preload is shown when the part renders; here it must not go unhandled.
      start().catch(() => undefined);
    },
  };
}
