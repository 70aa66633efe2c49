// Keyframe copies must list their fields in the order of the literals that create the originals, or
// V8 gives them another hidden class and the hot path deoptimises after every seek (see
// src/engine/simulation/sameShapeCopies.ts). Property order is what decides the class, so that is
// what these tests compare, entity by entity, against originals made by the engine's own code.

import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/engine/world/createWorld.ts';
import { onProducerNext, startProducer } from '../../src/engine/kafka/producerModel.ts';
import { cloneState } from '../../src/engine/simulation/cloneState.ts';
import {
  copyBatch,
  copyBroker,
  copyConsumer,
  copyPartition,
  copyProducer,
} from '../../src/engine/simulation/sameShapeCopies.ts';
import { buildScenario } from '../support/scenarios.ts';

function worldWithAnOpenBatch() {
  const scenario = buildScenario({
    brokers: [{ id: 'b1' }, { id: 'b2' }, { id: 'b3' }],
    producers: [
      {
        id: 'p1',
        topic: 'orders',
        rate: { kind: 'constant', intervalMs: 10 },
        lingerMs: 50,
        batchSizeRecords: 8,
      },
    ],
  });
  const w = createWorld(scenario, 1);
  startProducer(w, 0);
  onProducerNext(w, 0, w.m.producers[0]!.epoch);
  const batch = w.m.producers[0]!.batches.find((b) => b !== null);
  if (!batch) throw new Error('the producer opened no batch');
  return { w, batch };
}

describe('keyframe copies keep the originals property order', () => {
  const { w, batch } = worldWithAnOpenBatch();

  it('for the whole mutable state', () => {
    expect(Object.keys(cloneState(w.m))).toEqual(Object.keys(w.m));
  });

  it('for producers, consumers, partitions, replicas and brokers', () => {
    const producer = w.m.producers[0]!;
    expect(Object.keys(copyProducer(producer))).toEqual(Object.keys(producer));
    const consumer = w.m.consumers[0]!;
    expect(Object.keys(copyConsumer(consumer))).toEqual(Object.keys(consumer));
    const partition = w.m.partitions[0]!;
    const copy = copyPartition(partition);
    expect(Object.keys(copy)).toEqual(Object.keys(partition));
    expect(Object.keys(copy.replicas[0]!)).toEqual(Object.keys(partition.replicas[0]!));
    const broker = w.m.brokers[0]!;
    expect(Object.keys(copyBroker(broker))).toEqual(Object.keys(broker));
  });

  it('for batches, whose copies hold their own record fields', () => {
    const copy = copyBatch(batch)!;
    expect(Object.keys(copy)).toEqual(Object.keys(batch));
    expect(copy.fields).not.toBe(batch.fields);
    expect(copy.fields).toEqual(batch.fields);
    expect(copy.count).toBe(batch.count);
  });
});
