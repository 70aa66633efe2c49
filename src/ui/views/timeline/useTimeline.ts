// Keeps one event-time fold per simulation and reads its snapshot into React. Partitions and
// producers never change during a run, so their names are taken from the first world.

import { useMemo, useSyncExternalStore } from 'react';
import type { Simulation } from '../../../engine/index.ts';
import { createTraceDerivedStore } from '../traceFollower.ts';
import { createTimelineFold } from './timelineFold.ts';
import type { TimelineJobInput, TimelineSnapshot } from './timelineTypes.ts';

export function useTimeline(sim: Simulation, jobs: readonly TimelineJobInput[]): TimelineSnapshot {
  const store = useMemo(() => {
    const world = sim.getState();
    return createTraceDerivedStore(
      sim,
      createTimelineFold({
        jobs,
        partitions: world.partitions.map((p) => p.id),
        producers: world.producers.map((p) => p.id),
      }),
    );
  }, [sim, jobs]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
