// The kinds of events the engine schedules on its queue, with the rank that orders events due at
// the same millisecond. Arrivals at a broker rank before reads, so a record appended at t is
// visible to a fetch at t; coordinator work ranks before member work for the same reason.

export const EventKind = {
  producerNext: 1,
  senderWake: 2,
  requestArrive: 3,
  requestResponse: 4,
  batchRetry: 5,
  consumerPoll: 6,
  consumerProcessed: 7,
  consumerHeartbeat: 8,
  heartbeatResponse: 9,
  coordinatorHeartbeat: 10,
  coordinatorJoin: 11,
  coordinatorJoinComplete: 12,
  joinResponse: 13,
  coordinatorSync: 14,
  syncResponse: 15,
  coordinatorSessionCheck: 16,
  coordinatorLeave: 17,
  producerStart: 18,
  consumerStart: 19,
  produceError: 20,
  requestTimeout: 21,
  replicaFetchAtLeader: 22,
  replicaFetchResponse: 23,
  controllerDetect: 24,
  isrCheck: 25,
  retentionCheck: 26,
  logCleaner: 27,
  queueProducerNext: 28,
  queueArrive: 29,
  queueConsumerPoll: 30,
  queueConsumerDone: 31,
  queueVisibilityCheck: 32,
  queueConsumerStart: 33,
  jobPoll: 34,
  jobWatermarkTick: 35,
  jobCheckpoint: 36,
  jobCheckpointAck: 37,
  jobRestart: 38,
  dataflowTick: 39,
  dataflowCheckpoint: 40,
  dataflowCheckpointAck: 41,
  dataflowRestart: 42,
  producerBurstEnd: 43,
} as const;

export type EventKindCode = (typeof EventKind)[keyof typeof EventKind];

/** Rank per kind; interventions are not queued and always run first at their millisecond. */
const RANK_ENTRIES: ReadonlyArray<readonly [number, number]> = [
  [EventKind.requestArrive, 1],
  [EventKind.requestResponse, 2],
  [EventKind.batchRetry, 2],
  [EventKind.coordinatorJoin, 3],
  [EventKind.coordinatorLeave, 3],
  [EventKind.coordinatorSync, 3],
  [EventKind.coordinatorHeartbeat, 3],
  [EventKind.coordinatorJoinComplete, 4],
  [EventKind.coordinatorSessionCheck, 4],
  [EventKind.joinResponse, 5],
  [EventKind.syncResponse, 5],
  [EventKind.heartbeatResponse, 5],
  [EventKind.consumerHeartbeat, 6],
  [EventKind.consumerProcessed, 7],
  [EventKind.consumerPoll, 8],
  [EventKind.senderWake, 9],
  // A burst ending at t does not cover a record created at t: bursts last [start, start + duration).
  [EventKind.producerBurstEnd, 9],
  [EventKind.producerNext, 10],
  [EventKind.produceError, 2],
  [EventKind.requestTimeout, 2],
  [EventKind.replicaFetchAtLeader, 1],
  [EventKind.replicaFetchResponse, 1],
  [EventKind.controllerDetect, 0],
  [EventKind.isrCheck, 4],
  [EventKind.retentionCheck, 4],
  [EventKind.logCleaner, 4],
  [EventKind.queueArrive, 1],
  [EventKind.queueVisibilityCheck, 4],
  [EventKind.queueConsumerDone, 7],
  [EventKind.queueConsumerPoll, 8],
  [EventKind.queueProducerNext, 10],
  [EventKind.queueConsumerStart, 11],
  [EventKind.jobPoll, 8],
  [EventKind.jobWatermarkTick, 9],
  [EventKind.jobCheckpoint, 9],
  [EventKind.jobCheckpointAck, 4],
  [EventKind.jobRestart, 4],
  // A dataflow's subtasks read after the brokers' work of the same millisecond, like a poll.
  [EventKind.dataflowTick, 8],
  [EventKind.dataflowCheckpoint, 9],
  [EventKind.dataflowCheckpointAck, 4],
  [EventKind.dataflowRestart, 4],
  [EventKind.producerStart, 11],
  [EventKind.consumerStart, 11],
];

/** Rank per kind, as a typed array so the hot path does one indexed read. */
export const RANK_OF: Uint8Array = (() => {
  const table = new Uint8Array(64);
  for (const [kind, rank] of RANK_ENTRIES) table[kind] = rank;
  return table;
})();
