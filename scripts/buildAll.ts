// Builds everything the project ships into dist/: the app and the iframe embed route
// (vite.config.ts), then the web component and the React example in library mode
// (vite.element.config.ts), and prints each output's size, failing when the app's initial
// JavaScript or the web component is over its budget (scripts/buildSizes.ts).
// Usage: npx tsx scripts/buildAll.ts [--quiet]
// --quiet (the e2e runner's build) prints warnings only and leaves the budgets out (the web
// component's has its own e2e case), so one size regression fails one case instead of the whole
// browser run.

import { build } from 'vite';
import { reportBuildSizes } from './buildSizes.ts';

const quiet = process.argv.includes('--quiet');
const logLevel = quiet ? 'warn' : 'info';

await build({ logLevel });
await build({ configFile: 'vite.element.config.ts', mode: 'element', logLevel });
await build({ configFile: 'vite.element.config.ts', mode: 'react-demo', logLevel });

if (!quiet) {
  console.log('');
  process.exitCode = reportBuildSizes() ? 0 : 1;
}
