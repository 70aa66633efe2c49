import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The app is a static site: everything runs in the browser, so the build needs no server.
export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
