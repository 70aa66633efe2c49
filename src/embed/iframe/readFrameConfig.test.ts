import { describe, expect, test } from 'vitest';
import { isOriginAllowed } from '../protocol/originPolicy.ts';
import { readFrameConfig } from './readFrameConfig.ts';

const at = (search: string) => ({ search, origin: 'https://sandbox.test' });

describe('readFrameConfig', () => {
  test('reads options and allowed origins from the URL and the site meta tag', () => {
    const config = readFrameConfig(
      at('?scenario=core-loop&origins=https://lessons.test'),
      'https://lms.test',
    );
    expect(config.problems).toEqual([]);
    expect(config.options.scenario).toBe('core-loop');
    for (const origin of ['https://sandbox.test', 'https://lessons.test', 'https://lms.test'])
      expect(isOriginAllowed(config.policy, origin)).toBe(true);
    expect(isOriginAllowed(config.policy, 'https://other.test')).toBe(false);
  });

  test('reports unknown option names and bad origin lists', () => {
    const config = readFrameConfig(at('?scenario=core-loop&view=logs&origins=ftp://x'), '');
    expect(config.problems.map((p) => p.message)).toEqual([
      '"view" is not an option; the options are scenario, views, controls, narration, t, autoplay, theme, seed, speed, origins',
      expect.stringContaining('origins: "ftp://x" is not an origin') as string,
    ]);
  });

  test('reads nothing from an overlong query', () => {
    const config = readFrameConfig(at(`?scenario=core-loop&x=${'a'.repeat(5000)}`), '');
    expect(config.options.scenario).toBeNull();
    expect(config.problems[0]?.message).toContain('at most 4096 are read, so none were');
  });
});
