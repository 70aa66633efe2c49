// The player route, in a chunk of its own with the views: the page of one scenario, once the
// engine (in its own chunk, loading alongside) is there. Until then the nearest Suspense boundary
// shows the loading state; a failed load goes to the error panel with "Retry".

import { use } from 'react';
import { PlayerPage, type PlayerPageProps } from '../components/PlayerPage.tsx';
import type { SimulationFactory } from '../hooks/usePlayerSession.ts';
import type { Loader } from './loader.ts';

export interface PlayerRouteProps extends Omit<PlayerPageProps, 'createSimulation'> {
  readonly engine: Loader<SimulationFactory>;
}

export function PlayerRoute({ engine, ...page }: PlayerRouteProps) {
  const createSimulation = use(engine.load());
  return <PlayerPage createSimulation={createSimulation} {...page} />;
}
