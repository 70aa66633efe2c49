// A small, hand-built WorldView for UI tests: one topic with two partitions, one group of two
// consumers in the middle of consuming, so every kind of marker has something to show.

import type { LogRecord, WorldView } from '../../engine/index.ts';

export function sampleRecord(partition: string, offset: number, key: string | null): LogRecord {
  return {
    type: 'record.appended',
    atMs: offset * 10,
    partition,
    offset,
    key,
    value: `v${offset}`,
    producer: 'p1',
    eventTimeMs: offset * 10,
    producedAtMs: offset * 10,
  };
}

function records(partition: string, from: number, to: number): LogRecord[] {
  const list: LogRecord[] = [];
  for (let offset = from; offset < to; offset += 1)
    list.push(sampleRecord(partition, offset, offset % 3 === 0 ? null : `k${offset % 4}`));
  return list;
}

export const SAMPLE_WORLD: WorldView = {
  nowMs: 1500,
  seed: 42,
  brokers: [{ id: 'b1', up: true }],
  // The topic was declared with `maxPartitions: 4`, so it may grow by two.
  topics: [{ name: 'orders', partitions: 2, maxPartitions: 4 }],
  partitions: [
    {
      id: 'orders-0',
      topic: 'orders',
      partition: 0,
      leader: 'b1',
      leaderEpoch: 0,
      logStartOffset: 0,
      logEndOffset: 6,
      highWatermark: 6,
      isr: ['b1'],
      replicas: [{ broker: 'b1', logEndOffset: 6, inSync: true, isLeader: true, brokerUp: true }],
      records: records('orders-0', 0, 6),
    },
    {
      id: 'orders-1',
      topic: 'orders',
      partition: 1,
      leader: 'b1',
      leaderEpoch: 0,
      logStartOffset: 20,
      logEndOffset: 100,
      highWatermark: 100,
      isr: ['b1'],
      replicas: [{ broker: 'b1', logEndOffset: 100, inSync: true, isLeader: true, brokerUp: true }],
      records: records('orders-1', 0, 100),
    },
  ],
  consumers: [
    {
      id: 'c1',
      group: 'g1',
      memberId: 'c1-1',
      status: 'active',
      assigned: ['orders-0'],
      positions: { 'orders-0': 4 },
      processedCount: 4,
      paused: false,
    },
    {
      id: 'c2',
      group: 'g1',
      memberId: 'c2-1',
      status: 'active',
      assigned: ['orders-1'],
      positions: { 'orders-1': 30 },
      processedCount: 10,
      paused: false,
    },
  ],
  groups: [
    {
      id: 'g1',
      state: 'Stable',
      generation: 2,
      leader: 'c1',
      assignor: 'range',
      members: ['c1', 'c2'],
      assignment: { c1: ['orders-0'], c2: ['orders-1'] },
      committed: { 'orders-0': 3, 'orders-1': 25 },
      lag: { 'orders-0': 3, 'orders-1': 75 },
    },
  ],
  producers: [{ id: 'p1', topic: 'orders', running: true, sentCount: 86, ackedCount: 86 }],
  queues: [],
  queueConsumers: [],
  streamJobs: [],
  dataflows: [],
};
