// The overload settings a stream job and every dataflow operator share: what happens to records
// beyond the capacity (`maxRecordsPerSecond` of a job, `recordsPerSecond` of an operator), and for
// sampling, the share kept. A percentage of records is an integer ratio, so the engine draws with
// integer arithmetic. Which fields go together is checked in overloadReferences.ts.

import { integerIn, oneOf } from './fieldSchemas.ts';

export const OVERLOAD_POLICIES = ['backpressure', 'shed', 'sample'] as const;

export function overloadSchema() {
  return oneOf(OVERLOAD_POLICIES)
    .exactOptional()
    .describe(
      'over capacity: backpressure (default; upstream and the source read less), shed (drop what cannot be processed) or sample (keep a random samplePercent, drop the rest); needs a capacity',
    );
}

export function samplePercentSchema() {
  return integerIn(1, 100, 'an integer from 1 to 100 (percent of records kept)')
    .exactOptional()
    .describe(
      'overload "sample" only: the percentage of records kept while over capacity, 1 to 100',
    );
}
