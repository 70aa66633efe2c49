// Trace events of the run itself: its start, and each intervention applied or refused.

import type { Intervention } from '../../model/interventions.ts';

export type RunEvent =
  | { readonly type: 'sim.started'; readonly seed: number; readonly scenario: string }
  | { readonly type: 'intervention.applied'; readonly command: Intervention }
  | {
      /** A command the engine could not carry out in the world as it is; nothing changed. */
      readonly type: 'intervention.rejected';
      readonly command: Intervention['type'];
      readonly target: string;
      readonly reason: string;
    };
