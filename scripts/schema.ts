// Writes scenarios/schema.json from the zod schema. Run with `npx tsx scripts/schema.ts` after
// changing src/scenario; a test fails while the committed file is stale.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderScenarioJsonSchema } from '../src/scenario/scenarioJsonSchema.ts';

const target = fileURLToPath(new URL('../scenarios/schema.json', import.meta.url));
writeFileSync(target, renderScenarioJsonSchema());
console.log(`Wrote ${target}`);
