import { describe, expect, test } from 'vitest';
import { adaptForShadow } from './shadowStyles.ts';

describe('adaptForShadow', () => {
  test('moves :root rules to the embed root and ties rem to the embed’s own size', () => {
    expect(
      adaptForShadow(':root { --ink: #000 } h1 { margin: 0 0 0.4rem; font: 1rem/1.2 serif }'),
    ).toBe(
      '.sandbox-embed { --ink: #000 } h1 { margin: 0 0 calc(0.4 * var(--sandbox-rem)); font: calc(1 * var(--sandbox-rem))/1.2 serif }',
    );
  });

  test('leaves other units and words that merely contain "rem" alone', () => {
    expect(adaptForShadow('.premium { width: 12px; left: 2em } .x-2remote {}')).toBe(
      '.premium { width: 12px; left: 2em } .x-2remote {}',
    );
  });
});
