// Values that trace events carry and other modules name: group coordinator states and the values
// inside dataflows.

/** Kafka's classic group coordinator states. */
export type GroupState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';

/** A value inside a dataflow, as its expressions compute it. */
export type DataflowValue = number | string | boolean | null;
