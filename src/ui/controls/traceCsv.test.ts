import { describe, expect, test } from 'vitest';
import { formatTraceCsv } from './traceCsv.ts';

describe('formatTraceCsv', () => {
  test('three columns, the fields as one quoted JSON cell', () => {
    const csv = formatTraceCsv([
      { atMs: 0, type: 'sim.started', seed: 7, scenario: 'a,"b"' },
      { atMs: 12, type: 'broker.crashed', broker: 'b1' },
    ]);
    expect(csv).toBe(
      'atMs,type,fields\n' +
        '0,sim.started,"{""seed"":7,""scenario"":""a,\\""b\\""""}"\n' +
        '12,broker.crashed,"{""broker"":""b1""}"\n',
    );
  });
});
