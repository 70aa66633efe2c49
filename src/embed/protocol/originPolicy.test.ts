import { describe, expect, test } from 'vitest';
import {
  createOriginPolicy,
  isOriginAllowed,
  ORIGINS_MAX,
  parseOriginList,
} from './originPolicy.ts';

describe('origin policy', () => {
  test('the embed’s own origin and the listed ones are allowed, others are not', () => {
    const listed = parseOriginList('https://Lessons.Example.org:443, http://localhost:5173');
    expect(listed).toEqual({
      ok: true,
      origins: ['https://lessons.example.org', 'http://localhost:5173'],
    });
    const policy = createOriginPolicy(
      'https://sandbox.example.org',
      listed.ok ? listed.origins : [],
    );
    expect(isOriginAllowed(policy, 'https://sandbox.example.org')).toBe(true);
    expect(isOriginAllowed(policy, 'https://lessons.example.org')).toBe(true);
    expect(isOriginAllowed(policy, 'http://localhost:5173')).toBe(true);
    expect(isOriginAllowed(policy, 'http://localhost:5174')).toBe(false);
    expect(isOriginAllowed(policy, 'null')).toBe(false);
  });

  test('* allows any origin', () => {
    const policy = createOriginPolicy('https://a.test', ['*']);
    expect(isOriginAllowed(policy, 'https://anything.test')).toBe(true);
  });

  test('refuses what is not an origin, and too many, naming what is allowed', () => {
    const notOrigin = parseOriginList('https://a.test/path');
    expect(notOrigin).toEqual({
      ok: false,
      message: expect.stringContaining(
        'origins: "https://a.test/path" is not an origin; use a comma-separated list',
      ) as string,
    });
    expect(parseOriginList('javascript:alert(1)').ok).toBe(false);
    expect(parseOriginList('http://a.test:99999').ok).toBe(false);
    const many = Array.from({ length: ORIGINS_MAX + 1 }, (_, i) => `https://a${i}.test`).join(',');
    expect(parseOriginList(many)).toEqual({
      ok: false,
      message: `origins: ${ORIGINS_MAX + 1} origins is too many; at most ${ORIGINS_MAX}`,
    });
  });
});
