// Measures what `npm run build` wrote to dist/: the app (index.html and the files it loads), the
// iframe embed route (embed.html and its files) and the embed scripts, raw and gzipped (gzip -9).
// The web component's script has a budget of 250 KB gzipped (1 KB = 1,000 bytes); going over
// fails the build. Usage: npx tsx scripts/buildSizes.ts [dist]

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ELEMENT_BUDGET_BYTES = 250_000;

export interface OutputSize {
  readonly label: string;
  readonly files: readonly string[];
  readonly rawBytes: number;
  readonly gzipBytes: number;
  readonly budgetBytes?: number;
}

/** The files an HTML page loads: its module scripts, preloaded chunks and stylesheets. */
export function filesOfPage(html: string): string[] {
  const found = new Set<string>();
  const pattern = /<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g;
  for (const match of html.matchAll(pattern)) {
    const path = match[1];
    if (path !== undefined && !/^[a-z]+:/i.test(path)) found.add(path.replace(/^\.?\//, ''));
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

/** The sizes of every shipped output in `dist`. */
export function buildSizes(dist = 'dist'): OutputSize[] {
  const page = (html: string): string[] => [
    html,
    ...filesOfPage(readFileSync(join(dist, html), 'utf8')),
  ];
  const sizes = [
    measure(dist, 'app (index.html)', page('index.html')),
    measure(dist, 'iframe embed route (embed.html)', page('embed.html')),
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

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

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
