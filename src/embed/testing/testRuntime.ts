// A runtime for component tests: the real engine over a few real scenario files, with a manual
// clock, so a test moves time itself.

import coreLoop from '../../../scenarios/core-loop.json';
import lateEvents from '../../../scenarios/late-events-allowed-lateness.json';
import onePair from '../../../scenarios/one-producer-one-consumer.json';
import { createSimulation } from '../../engine/index.ts';
import { createManualTickSource, type ManualTickSource } from '../../player/index.ts';
import { bundledLibrary } from '../runtime/bundledLibrary.ts';
import type { EmbedRuntime } from '../runtime/embedRuntime.ts';

export interface TestRuntime extends EmbedRuntime {
  readonly ticks: ManualTickSource;
}

export function createTestRuntime(): TestRuntime {
  const ticks = createManualTickSource();
  const scenarios = bundledLibrary({
    '/scenarios/core-loop.json': coreLoop,
    '/scenarios/late-events-allowed-lateness.json': lateEvents,
    '/scenarios/one-producer-one-consumer.json': onePair,
  });
  return {
    scenarios,
    createSimulation,
    createTickSource: () => ticks,
    ticks,
  };
}
