// Overload settings that only make sense together, for stream jobs and dataflow operators alike:
// a policy needs a capacity (else nothing is ever over capacity), `sample` needs the share it
// keeps, and `samplePercent` belongs to `sample` only, since any other policy would ignore it.

import type { OverloadPolicy } from '../engine/index.ts';
import type { ScenarioError } from './scenarioError.ts';

export interface OverloadSettings {
  readonly overload: OverloadPolicy | undefined;
  readonly samplePercent: number | undefined;
  /** The capacity, when set. */
  readonly capacity: number | undefined;
}

/**
 * Errors in one job's or operator's overload settings; `capacityField` names its capacity
 * (`maxRecordsPerSecond` or `recordsPerSecond`) and `owner` what it belongs to, for messages.
 */
export function checkOverloadSettings(
  s: OverloadSettings,
  path: string,
  capacityField: string,
  owner: string,
): ScenarioError[] {
  const errors: ScenarioError[] = [];
  if (s.overload !== undefined && s.capacity === undefined) {
    errors.push({
      path: `${path}.overload`,
      message: `is "${s.overload}", but the ${owner} has no ${capacityField}, so it is never over capacity and the policy would never apply`,
      found: JSON.stringify(s.overload),
      allowed: `${capacityField} on the ${owner}, or leave overload out`,
    });
  }
  if (s.overload === 'sample' && s.samplePercent === undefined) {
    errors.push({
      path: `${path}.samplePercent`,
      message: 'is missing, but overload is "sample", which needs the share of records to keep',
      found: 'nothing',
      allowed: 'an integer from 1 to 100 (percent of records kept while over capacity)',
    });
  }
  if (s.samplePercent !== undefined && s.overload !== 'sample') {
    errors.push({
      path: `${path}.samplePercent`,
      message: `is a setting of overload "sample", but overload is ${s.overload === undefined ? 'not set (backpressure)' : `"${s.overload}"`}, so it would be ignored`,
      found: String(s.samplePercent),
      allowed: 'overload "sample", or leave samplePercent out',
    });
  }
  return errors;
}
