// The gallery route, in a chunk of its own: the scenario list, with a notice when the address
// named a scenario the catalogue does not have. The cards' previews run the engine, which loads
// in its own chunk; until it is there the cards show their schematic.

import type { CatalogEntry } from '../catalog/scenarioCatalog.ts';
import { ScenarioList } from '../components/ScenarioList.tsx';
import type { SimulationFactory } from '../hooks/usePlayerSession.ts';
import type { Loader } from './loader.ts';
import { useLoaded } from './useLoaded.ts';

export interface GalleryRouteProps {
  readonly catalog: readonly CatalogEntry[];
  /** The scenario id the address asked for when no valid scenario has it, else null. */
  readonly missingId: string | null;
  readonly onOpen: (scenarioId: string) => void;
  readonly engine: Loader<SimulationFactory>;
}

export function GalleryRoute({ catalog, missingId, onOpen, engine }: GalleryRouteProps) {
  const createSimulation = useLoaded(engine);
  return (
    <>
      {missingId !== null && <p role="alert">No valid scenario has the id “{missingId}”.</p>}
      <ScenarioList catalog={catalog} onOpen={onOpen} createSimulation={createSimulation} />
    </>
  );
}
