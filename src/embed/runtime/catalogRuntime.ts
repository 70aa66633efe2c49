// The runtime of the iframe route and the React component: the real engine and the
// animation-frame clock, with the scenario files bundled and validated on demand. (The web
// component fetches its scenarios instead; see element/defineStreamSandbox.ts.)

import { createSimulation } from '../../engine/index.ts';
import { createAnimationFrameTickSource } from '../../player/index.ts';
import { bundledLibrary } from './bundledLibrary.ts';
import type { EmbedRuntime } from './embedRuntime.ts';

let shared: EmbedRuntime | null = null;

export function catalogRuntime(): EmbedRuntime {
  shared ??= {
    scenarios: bundledLibrary(),
    createSimulation,
    createTickSource: createAnimationFrameTickSource,
  };
  return shared;
}
