import { describe, expect, it } from 'vitest';
import { parseHighlight } from './highlight.ts';

describe('parseHighlight', () => {
  it('parses every kind', () => {
    expect(parseHighlight('partition click-stream.v1-12')).toEqual({
      kind: 'partition',
      name: 'click-stream.v1-12',
      topic: 'click-stream.v1',
      partition: 12,
    });
    expect(parseHighlight('consumer c1')).toEqual({ kind: 'consumer', name: 'c1' });
    expect(parseHighlight('group billing')).toEqual({ kind: 'group', name: 'billing' });
    expect(parseHighlight('window [0,10000)')).toEqual({
      kind: 'window',
      startMs: 0,
      endMs: 10_000,
    });
    expect(parseHighlight('window [5000, 6000)')).toEqual({
      kind: 'window',
      startMs: 5000,
      endMs: 6000,
    });
  });

  it.each([
    'partition orders',
    'partition orders-01',
    'window [10,10)',
    'window [0,10]',
    'topic orders',
    'consumer  c1',
    'consumer <c1>',
  ])('refuses %j', (text) => {
    expect(parseHighlight(text)).toBeUndefined();
  });
});
