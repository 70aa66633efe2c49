// The browser entry: creates the player store and renders the app shell with the animation-frame
// clock. The scenario catalogue, the engine and each route load in chunks of their own (see
// routes/), so this entry stays small and the first page paints quickly.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAnimationFrameTickSource, createPlayerStore } from '../player/index.ts';
import { scenarioIdFromHash } from './hooks/scenarioHash.ts';
import { createAppLoaders } from './routes/appLoaders.ts';
import { SandboxRoot } from './SandboxRoot.tsx';
import './styles.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

const store = createPlayerStore({ selectedScenarioId: scenarioIdFromHash(window.location.hash) });
const loaders = createAppLoaders();
// The catalogue is needed on every route; ask for it before React first renders.
loaders.catalog.load().catch(() => undefined);

createRoot(container).render(
  <StrictMode>
    <SandboxRoot {...loaders} createTickSource={createAnimationFrameTickSource} store={store} />
  </StrictMode>,
);
