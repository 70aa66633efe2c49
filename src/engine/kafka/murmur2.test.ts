import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { murmur2 } from './murmur2.ts';

// Expected hashes are copied from Kafka's own UtilsTest.testMurmur2
// (clients/src/test/java/org/apache/kafka/common/utils/UtilsTest.java), not produced by this code.
// Their lengths leave 0, 2 and 3 tail bytes, so the tail mixing is checked against Kafka too.
const KAFKA_UTILS_TEST_VECTORS: ReadonlyArray<readonly [string, number]> = [
  ['21', -973932308],
  ['foobar', -790332482],
  ['a-little-bit-long-string', -985981536],
  ['a-little-bit-longer-string', -1486304829],
  ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
  ['abc', 479470107],
];

describe('murmur2', () => {
  it.each(KAFKA_UTILS_TEST_VECTORS)('hashes %j to Kafka UtilsTest value %d', (text, expected) => {
    expect(murmur2(new TextEncoder().encode(text))).toBe(expected);
  });

  it('always returns a signed 32-bit integer and never depends on anything but the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const h = murmur2(bytes);
        expect(Number.isInteger(h)).toBe(true);
        expect(h).toBe(h | 0);
        expect(murmur2(Uint8Array.from(bytes))).toBe(h);
      }),
    );
  });
});
