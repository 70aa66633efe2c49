import { describe, expect, test } from 'vitest';
import { consumerColours, keyFill, NULL_KEY_FILL, OKABE_ITO } from './palettes.ts';

describe('palettes', () => {
  test('a key always gets the same colour, and null keys get grey', () => {
    expect(keyFill('user-7')).toBe(keyFill('user-7'));
    expect(keyFill(null)).toBe(NULL_KEY_FILL);
    const distinct = new Set(['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7'].map(keyFill));
    expect(distinct.size).toBeGreaterThan(4);
  });

  test('consumers take Okabe–Ito colours in sorted id order', () => {
    const colours = consumerColours(['c2', 'c1', 'c2']);
    expect(colours.get('c1')).toBe(OKABE_ITO[0]);
    expect(colours.get('c2')).toBe(OKABE_ITO[1]);
    expect(colours.size).toBe(2);
  });
});
