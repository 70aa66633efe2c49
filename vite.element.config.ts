// Library-mode builds of the embed's scripts, one self-contained ES module each, written beside the
// app in dist/embed/ (the app's own build runs first and empties dist/):
//   --mode element     (default) stream-sandbox.js, the <stream-sandbox> web component
//   --mode react-demo  lesson-react-demo.js, the React example on public/lessons/
// `embedDevScripts` serves the same paths from source under `npm run dev`.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

export const EMBED_SCRIPTS = {
  element: { entry: 'src/embed/element/defineStreamSandbox.ts', file: 'stream-sandbox.js' },
  'react-demo': { entry: 'src/embed/react/lessonDemo.tsx', file: 'lesson-react-demo.js' },
} as const;

export const EMBED_OUT_DIR = 'dist/embed';

const SCENARIO_DIR = fileURLToPath(new URL('scenarios/', import.meta.url));

/** The scenario files the web component fetches: every scenarios/*.json but the JSON Schema. */
function scenarioFiles(): string[] {
  return readdirSync(SCENARIO_DIR).filter(
    (name) => name.endsWith('.json') && name !== 'schema.json',
  );
}

/**
 * Serves /embed/<script>.js from source in the dev server. A page in public/ gets no React Refresh
 * preamble from Vite, so the served module installs it before importing the entry.
 */
export function embedDevScripts(): Plugin {
  const routes = new Map(
    Object.values(EMBED_SCRIPTS).map(({ entry, file }) => [`/embed/${file}`, `/${entry}`]),
  );
  return {
    name: 'streams-sandbox:embed-dev-scripts',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0] ?? '';
        const scenario = /^\/embed\/scenarios\/([A-Za-z0-9._-]{1,64}\.json)$/.exec(path)?.[1];
        if (scenario !== undefined && scenarioFiles().includes(scenario)) {
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.end(readFileSync(`${SCENARIO_DIR}${scenario}`));
          return;
        }
        const entry = routes.get(path);
        if (entry === undefined) {
          next();
          return;
        }
        response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        response.end(
          `${react.preambleCode.replace('__BASE__', server.config.base)}\nawait import(${JSON.stringify(entry)});\n`,
        );
      });
    },
  };
}

const CSS_REGISTRY = fileURLToPath(new URL('src/embed/shadow/cssRegistry.ts', import.meta.url));
const CAPTURED = '\0embed-css:';
const CAPTURED_SUFFIX = '.registered.js';

/**
 * A component's `import './x.css'` would put its rules in the host page's <head>, where a shadow
 * root never sees them. In the embed's scripts each becomes a registration with cssRegistry.ts,
 * which hands the text to every shadow root instead. `?inline` imports are left alone.
 */
function captureComponentCss(): Plugin {
  return {
    name: 'streams-sandbox:capture-component-css',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('.css') || importer === undefined || importer.includes('node_modules'))
        return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      // The id must not end in .css, or Vite's own CSS plugin would take the module.
      return resolved === null ? null : `${CAPTURED}${resolved.id}${CAPTURED_SUFFIX}`;
    },
    load(id) {
      if (!id.startsWith(CAPTURED)) return null;
      const file = id.slice(CAPTURED.length, -CAPTURED_SUFFIX.length);
      return [
        `import css from ${JSON.stringify(`${file}?inline`)};`,
        `import { registerEmbedCss } from ${JSON.stringify(CSS_REGISTRY)};`,
        'registerEmbedCss(css);',
      ].join('\n');
    },
  };
}

/** Copies the scenario files into the build, beside the web component's script. */
function emitScenarioFiles(): Plugin {
  return {
    name: 'streams-sandbox:emit-scenario-files',
    generateBundle() {
      for (const name of scenarioFiles()) {
        this.emitFile({
          type: 'asset',
          fileName: `scenarios/${name}`,
          source: readFileSync(`${SCENARIO_DIR}${name}`),
        });
      }
    },
  };
}

/**
 * The web component renders with preact/compat instead of react-dom: React 19's renderer alone is
 * about 65 kB of the 250 kB (gzip) budget, Preact's about 12 kB, and the sandbox's components use
 * nothing compat lacks. The iframe, the app and the React component keep React. The e2e cases on
 * the lesson page exercise this build.
 */
const PREACT_FOR_REACT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

export default defineConfig(({ mode }) => {
  const element = mode !== 'react-demo';
  const script = element ? EMBED_SCRIPTS.element : EMBED_SCRIPTS['react-demo'];
  return {
    plugins: [react(), captureComponentCss(), ...(element ? [emitScenarioFiles()] : [])],
    publicDir: false,
    resolve: { alias: element ? PREACT_FOR_REACT : [] },
    // Library mode leaves process.env.NODE_ENV for a bundler to fill in; these scripts go straight
    // to the browser, so React's production build is chosen here.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: EMBED_OUT_DIR,
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      copyPublicDir: false,
      // Vite keeps whitespace in an ES library for the consumer's bundler; this script is for
      // browsers, so it is minified fully.
      minify: true,
      // Pure annotations help a further bundler; nothing bundles these scripts again.
      rolldownOptions: { output: { minify: true, comments: false } },
      lib: { entry: script.entry, formats: ['es'], fileName: () => script.file },
    },
  };
});
