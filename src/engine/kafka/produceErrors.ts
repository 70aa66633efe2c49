// Error codes a produce request can end with, by the names Kafka's protocol gives them. They travel
// as small integers in queued events and become names in the trace.

export const ProduceError = {
  notLeaderOrFollower: 1,
  notEnoughReplicas: 2,
  requestTimedOut: 3,
  outOfOrderSequence: 4,
  leaderNotAvailable: 5,
  invalidProducerEpoch: 6,
} as const;

const NAMES: Readonly<Record<number, string>> = {
  1: 'NOT_LEADER_OR_FOLLOWER',
  2: 'NOT_ENOUGH_REPLICAS',
  3: 'REQUEST_TIMED_OUT',
  4: 'OUT_OF_ORDER_SEQUENCE_NUMBER',
  5: 'LEADER_NOT_AVAILABLE',
  6: 'INVALID_PRODUCER_EPOCH',
};

export function produceErrorName(code: number): string {
  return NAMES[code] ?? `ERROR_${code}`;
}
