import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/engine/world/createWorld.ts';
import { buildScenario } from '../../support/scenarios.ts';
import {
  batchMetaAt,
  freeBatchMetaBefore,
  setBatchMeta,
  truncateBatchMeta,
} from '../../../src/engine/kafka/batchMetaStore.ts';

function world() {
  return createWorld(buildScenario({ partitions: 1 }), 1);
}

describe('batch metadata beside a record store', () => {
  it('answers for the store index a batch starts at, and nothing for the others', () => {
    const w = world();
    setBatchMeta(w, 0, 0, 0, 0, 0, 3);
    setBatchMeta(w, 0, 3, 0, 0, 3, 2);
    expect(batchMetaAt(w, 0, 3)).toEqual({ producer: 0, epoch: 0, baseSequence: 3, count: 2 });
    expect(batchMetaAt(w, 0, 1)).toBeNull();
    expect(batchMetaAt(w, 0, 5)).toBeNull();
  });

  it('forgets batches an abandoned timeline started at or past the truncation point', () => {
    const w = world();
    setBatchMeta(w, 0, 0, 0, 0, 0, 3);
    setBatchMeta(w, 0, 3, 0, 0, 3, 2);
    setBatchMeta(w, 0, 5, 0, 0, 5, 4);
    truncateBatchMeta(w.batchMeta[0]!, 4);
    expect(batchMetaAt(w, 0, 3)?.count).toBe(2);
    expect(batchMetaAt(w, 0, 5)).toBeNull();
  });

  it('truncates by store index after a prefix was freed', () => {
    const w = world();
    for (let i = 0; i < 600; i += 2) setBatchMeta(w, 0, i, 0, 0, i, 2);
    freeBatchMetaBefore(w.batchMeta[0]!, 300, 600);
    truncateBatchMeta(w.batchMeta[0]!, 400);
    expect(batchMetaAt(w, 0, 398)?.baseSequence).toBe(398);
    expect(batchMetaAt(w, 0, 400)).toBeNull();
    expect(batchMetaAt(w, 0, 298)).toBeNull();
  });
});
