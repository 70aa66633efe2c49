// The expected outcomes of the run being played, judged as the run passes their times.

import { useStore } from 'zustand';
import type { Simulation } from '../../engine/index.ts';
import { selectNowMs, type PlayerStore, type SimulationFactory } from '../../player/index.ts';
import type { ScenarioFile } from '../../scenario/index.ts';
import { OutcomeList } from './OutcomeList.tsx';
import { useOutcomes } from './useOutcomes.ts';

export interface OutcomeSectionProps {
  /** The scenario being played (knobs applied), so the headless replay matches the live run. */
  readonly scenario: ScenarioFile;
  readonly sim: Simulation;
  readonly player: PlayerStore;
  readonly createSimulation: SimulationFactory;
}

export function OutcomeSection({ scenario, sim, player, createSimulation }: OutcomeSectionProps) {
  const nowMs = useStore(player, selectNowMs);
  const rows = useOutcomes(scenario, sim, nowMs, createSimulation);
  return <OutcomeList rows={rows} />;
}
