// Measures what `npm run build` wrote to dist/: the app's initial load (index.html and the
// JavaScript it runs up front), its stylesheets, the chunks it loads later (routes, catalogue,
// engine), the iframe embed route (embed.html and its files) and the embed scripts, raw and
// gzipped (gzip -9). Two budgets fail the build (1 KB = 1,000 bytes): the app's initial
// JavaScript, 300 KB gzipped, counting index.html, its module script and its module preloads but
// not the chunks loaded lazily; and the web component's script, 250 KB gzipped.
// Usage: npx tsx scripts/buildSizes.ts [dist]

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const APP_INITIAL_BUDGET_BYTES = 300_000;
export const ELEMENT_BUDGET_BYTES = 250_000;

export interface OutputSize {
  readonly label: string;
  readonly files: readonly string[];
  readonly rawBytes: number;
  readonly gzipBytes: number;
  readonly budgetBytes?: number;
}

function localPath(path: string): string | null {
  return /^[a-z]+:/i.test(path) ? null : path.replace(/^\.?\//, '');
}

/** The files an HTML page loads: its module scripts, preloaded chunks and stylesheets. */
export function filesOfPage(html: string): string[] {
  const found = new Set<string>();
  const pattern = /<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g;
  for (const match of html.matchAll(pattern)) {
    const path = localPath(match[1] ?? '');
    if (path !== null) found.add(path);
  }
  return [...found];
}

/**
 * The JavaScript a page runs before anything is clicked: its module scripts and the modules it
 * preloads. Chunks loaded later by `import()` are not named in the HTML, so they are not counted.
 */
export function initialScriptsOfPage(html: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /<script[^>]*\ssrc="([^"]+\.js)"/g,
    /<link[^>]*\srel="modulepreload"[^>]*\shref="([^"]+\.js)"/g,
  ];
  for (const pattern of patterns) {
    for (const match of html.matchAll(pattern)) {
      const path = localPath(match[1] ?? '');
      if (path !== null) found.add(path);
    }
  }
  return [...found];
}

function measure(
  dist: string,
  label: string,
  files: readonly string[],
  budgetBytes?: number,
): OutputSize {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return {
    label,
    files,
    rawBytes,
    gzipBytes,
    ...(budgetBytes === undefined ? {} : { budgetBytes }),
  };
}

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

/**
 * Every JavaScript file a page may ever load, up front or lazily, from the build manifest
 * (vite.config.ts turns it on): its entry and all it imports, statically or with `import()`.
 */
export function chunksOfPage(dist: string, page: string): string[] {
  const path = join(dist, '.vite', 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: build with build.manifest on`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
  const seen = new Set<string>();
  const files = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (chunk === undefined || seen.has(key)) return;
    seen.add(key);
    files.add(chunk.file);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  visit(page);
  return [...files];
}

/** The app's initial load: index.html and the JavaScript it runs up front. */
export function appInitialJs(dist = 'dist'): OutputSize {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return measure(
    dist,
    'app, initial JS (index.html, entry, preloads)',
    ['index.html', ...initialScriptsOfPage(html)],
    APP_INITIAL_BUDGET_BYTES,
  );
}

/** The sizes of every shipped output in `dist`. */
export function buildSizes(dist = 'dist'): OutputSize[] {
  const pageFiles = (html: string): string[] => filesOfPage(readFileSync(join(dist, html), 'utf8'));
  const initial = appInitialJs(dist);
  const upFront = new Set(initial.files);
  const later = chunksOfPage(dist, 'index.html').filter((file) => !upFront.has(file));
  const sizes = [
    initial,
    measure(
      dist,
      'app, stylesheets',
      pageFiles('index.html').filter((file) => file.endsWith('.css')),
    ),
    measure(dist, 'lazy chunks (routes, catalogue, engine)', later),
    measure(dist, 'iframe embed route (embed.html)', ['embed.html', ...pageFiles('embed.html')]),
    measure(
      dist,
      'web component (embed/stream-sandbox.js)',
      ['embed/stream-sandbox.js'],
      ELEMENT_BUDGET_BYTES,
    ),
  ];
  if (existsSync(join(dist, 'embed/lesson-react-demo.js'))) {
    sizes.push(
      measure(dist, 'React example (embed/lesson-react-demo.js)', ['embed/lesson-react-demo.js']),
    );
  }
  return sizes;
}

/** Kilobytes of 1,000 bytes, as the budgets are written. */
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** The size table, one line per output, and the outputs over their budget. */
export function formatSizes(sizes: readonly OutputSize[]): { text: string; over: OutputSize[] } {
  const lines = ['build output                                   files        raw    gzip -9'];
  for (const size of sizes) {
    const budget = size.budgetBytes === undefined ? '' : `  (budget ${kB(size.budgetBytes)})`;
    lines.push(
      `${size.label.padEnd(46)} ${String(size.files.length).padStart(5)} ${kB(size.rawBytes).padStart(10)} ${kB(size.gzipBytes).padStart(10)}${budget}`,
    );
  }
  const over = sizes.filter(
    (size) => size.budgetBytes !== undefined && size.gzipBytes > size.budgetBytes,
  );
  return { text: lines.join('\n'), over };
}

/** Prints the table; returns false when an output is over its budget. */
export function reportBuildSizes(dist = 'dist'): boolean {
  const { text, over } = formatSizes(buildSizes(dist));
  console.log(text);
  for (const size of over) {
    console.error(
      `${size.label} is ${kB(size.gzipBytes)} gzipped, over its budget of ${kB(size.budgetBytes ?? 0)}`,
    );
  }
  return over.length === 0;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  process.exitCode = reportBuildSizes(process.argv[2]) ? 0 : 1;
}
