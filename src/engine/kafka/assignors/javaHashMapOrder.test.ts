import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { javaHashMapOrder } from './javaHashMapOrder.ts';

describe('javaHashMapOrder', () => {
  it('iterates consumer1..consumer4 from the highest down, as Java does for these hashes', () => {
    // String.hashCode of "consumer1" is -421004549; consecutive names land in descending buckets.
    // Kafka's testMaxQuotaConsumerMoreThanNumExpectedMaxCapacityMembers only passes in this order.
    expect(javaHashMapOrder(['consumer1', 'consumer2', 'consumer3', 'consumer4'])).toEqual([
      'consumer4',
      'consumer3',
      'consumer2',
      'consumer1',
    ]);
  });

  it('is a permutation that ignores the input order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 40 }), (keys) => {
        const order = javaHashMapOrder(keys);
        expect([...order].sort()).toEqual([...keys].sort());
        expect(javaHashMapOrder([...keys].reverse())).toEqual(order);
      }),
    );
  });
});
