// What the built app loads on first use besides its routes: the scenario catalogue (every scenario
// file, validated, with zod and the scenario layer) and the engine. Each is a chunk of its own;
// main.tsx creates the loaders once, and tests give ready values instead (loadedValue).

import type { CatalogEntry } from '../catalog/scenarioCatalog.ts';
import type { SimulationFactory } from '../hooks/usePlayerSession.ts';
import { createLoader, type Loader } from './loader.ts';
import { loadFailure } from './loadFailure.ts';

export interface AppLoaders {
  readonly catalog: Loader<readonly CatalogEntry[]>;
  readonly engine: Loader<SimulationFactory>;
}

export function createAppLoaders(): AppLoaders {
  return {
    catalog: createLoader(() =>
      import('../catalog/loadScenarioCatalog.ts').then(
        (module) => module.loadScenarioCatalog(),
        (error: unknown) => {
          throw loadFailure('the scenario catalogue', error);
        },
      ),
    ),
    engine: createLoader(() =>
      import('../../engine/index.ts').then(
        (module) => module.createSimulation,
        (error: unknown) => {
          throw loadFailure('the simulation engine', error);
        },
      ),
    ),
  };
}
