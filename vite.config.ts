import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { embedDevScripts } from './vite.element.config.ts';

// The app is a static site: everything runs in the browser, so the build needs no server.
export default defineConfig({
  plugins: [react(), embedDevScripts()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json maps each page to its chunks, so scripts/buildSizes.ts can tell the
    // chunks the app loads lazily from those it loads up front.
    manifest: true,
    // The app, and the iframe embed route (see src/embed).
    rolldownOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Only a guard against a hung test, not a performance bar: simulation tests and sweeps take
    // as long as the shared machine needs, and timing is measured by `npm run bench` instead.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
