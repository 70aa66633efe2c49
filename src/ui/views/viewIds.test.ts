import { describe, expect, test } from 'vitest';
import { openingViews, VIEW_IDS, VIEW_LABELS } from './viewIds.ts';

describe('openingViews', () => {
  test('defaults to logs, trace and metrics', () => {
    expect(openingViews(undefined)).toEqual(['logs', 'trace', 'metrics']);
    expect(openingViews([])).toEqual(['logs', 'trace', 'metrics']);
    expect(openingViews('logs')).toEqual(['logs', 'trace', 'metrics']);
  });

  test('keeps known ids once, in the scenario’s order', () => {
    expect(openingViews(['topology', 'bogus', 'inspector', 'topology'])).toEqual([
      'topology',
      'inspector',
    ]);
  });

  test('every view has a name', () => {
    expect(VIEW_IDS.every((id) => VIEW_LABELS[id].length > 0)).toBe(true);
  });
});
