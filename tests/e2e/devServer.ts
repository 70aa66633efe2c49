// Vite's dev server, for tests that import the engine's own modules in the browser.

import { startVite, type PreviewServer } from './previewServer.ts';

export function startDevServer(): Promise<PreviewServer> {
  return startVite('dev');
}
