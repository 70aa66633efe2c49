import { describe, expect, it } from 'vitest';
import { createPartitionMovements, partitionToMove, recordMove } from './partitionMovements.ts';

const tp = (partition: number) => ({ topic: 't', partition });

describe('partition movements', () => {
  it('forgets a partition that returns to its first owner', () => {
    const movements = createPartitionMovements();
    recordMove(movements, tp(0), 'a', 'b');
    recordMove(movements, tp(0), 'b', 'a');
    expect(movements.byPartition.size).toBe(0);
    expect(movements.byTopic.size).toBe(0);
  });

  it('records a partition moved twice as one move from its first owner', () => {
    const movements = createPartitionMovements();
    recordMove(movements, tp(0), 'a', 'b');
    recordMove(movements, tp(0), 'b', 'c');
    expect(movements.byPartition.get('t-0')).toMatchObject({ from: 'a', to: 'c' });
  });

  it('undoes an earlier opposite move instead of adding a second one', () => {
    const movements = createPartitionMovements();
    recordMove(movements, tp(3), 'b', 'a');
    recordMove(movements, tp(1), 'b', 'a');
    // t-4 should go from a to b, but t-1 and t-3 already went from b to a: send the lowest back.
    expect(partitionToMove(movements, tp(4), 'a', 'b')).toEqual(tp(1));
    expect(partitionToMove(movements, tp(4), 'a', 'c')).toEqual(tp(4));
  });
});
