// What an embed needs from outside React: where scenarios come from, the engine and the clock. The
// entry points pass the real ones; component tests pass a manual tick source.

import type { SimulationFactory } from '../../player/index.ts';
import type { TickSourceFactory } from '../../ui/hooks/usePlayerSession.ts';
import type { ScenarioLibrary } from './scenarioLibrary.ts';

export interface EmbedRuntime {
  readonly scenarios: ScenarioLibrary;
  readonly createSimulation: SimulationFactory;
  readonly createTickSource: TickSourceFactory;
}
