// The server `npm run bench:ui` measures against: the app's own Vite config, served with
// cross-origin isolation. Without it Chromium coarsens performance.now() and the timestamps of
// requestAnimationFrame to 100 µs with random jitter, so a steady 60 Hz frame (16.667 ms) reads as
// 16.6, 16.7 or 16.8 ms; isolated, timers resolve to 5 µs and the p95 frame time is the frame's own.
// The app itself does not need isolation, so only the bench's server sends these headers.

import { defineConfig, mergeConfig } from 'vite';
import base from '../vite.config.ts';

export default mergeConfig(
  base,
  defineConfig({
    preview: {
      headers: {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      },
    },
  }),
);
