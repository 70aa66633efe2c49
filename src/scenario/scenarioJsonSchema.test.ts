import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderScenarioJsonSchema } from './scenarioJsonSchema.ts';

const COMMITTED = new URL('../../scenarios/schema.json', import.meta.url);

describe('scenarios/schema.json', () => {
  it('matches the zod schema; run `npx tsx scripts/schema.ts` if this fails', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(renderScenarioJsonSchema());
  });

  it('describes the input side, so fields with defaults are optional', () => {
    const schema = JSON.parse(renderScenarioJsonSchema()) as {
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.required).not.toContain('interventions');
    expect(schema.required).toContain('schemaVersion');
    expect(schema.properties).toHaveProperty('$schema');
  });
});
