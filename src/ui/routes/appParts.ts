// The app's lazily loaded parts: the gallery and the player, each a chunk of its own, so the first
// page carries only the shell (React, the stores, the header) and what its route needs arrives
// next. Only types are imported statically here; the modules themselves load on first render.

import type { GalleryRouteProps } from './GalleryRoute.tsx';
import { lazyPart, type LazyPart } from './lazyPart.ts';
import type { PlayerRouteProps } from './PlayerRoute.tsx';

export interface AppParts {
  readonly gallery: LazyPart<GalleryRouteProps>;
  readonly player: LazyPart<PlayerRouteProps>;
}

/** Fresh parts: a retry after a failed load needs new ones, since React.lazy keeps its failure. */
export function createAppParts(): AppParts {
  return {
    gallery: lazyPart('the scenario gallery', () =>
      import('./GalleryRoute.tsx').then((module) => module.GalleryRoute),
    ),
    player: lazyPart('the player', () =>
      import('./PlayerRoute.tsx').then((module) => module.PlayerRoute),
    ),
  };
}
