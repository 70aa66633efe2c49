// The browser entry: loads the scenario catalogue, creates the player store and renders the app
// with the real engine and the animation-frame clock.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createSimulation } from '../engine/index.ts';
import { createAnimationFrameTickSource, createPlayerStore } from '../player/index.ts';
import { loadScenarioCatalog } from './catalog/loadScenarioCatalog.ts';
import { scenarioIdFromHash } from './hooks/scenarioHash.ts';
import { SandboxRoot } from './SandboxRoot.tsx';
import './styles.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

const store = createPlayerStore({ selectedScenarioId: scenarioIdFromHash(window.location.hash) });

createRoot(container).render(
  <StrictMode>
    <SandboxRoot
      catalog={loadScenarioCatalog()}
      createSimulation={createSimulation}
      createTickSource={createAnimationFrameTickSource}
      store={store}
    />
  </StrictMode>,
);
