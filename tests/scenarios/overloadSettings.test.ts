// The overload settings of stream jobs and dataflow operators: `sample` with its samplePercent is
// accepted and reaches the engine as written, and settings that do not go together are refused
// with the path, what was found and what is allowed.

import { describe, expect, it } from 'vitest';
import { dataflowScenario, dataflowsOf } from '../../src/scenario/dataflowTestScenario.ts';
import { errorsOf, parsedScenario } from './support/guidedScenario.ts';
import { streamScenario } from './support/streamScenario.ts';

type Raw = Record<string, unknown>;

function withJob(fields: Raw): Raw {
  const s = streamScenario();
  const jobs = (s['topology'] as { streamJobs: Raw[] }).streamJobs;
  Object.assign(jobs[0]!, fields);
  return s;
}

/** The dataflow scenario with fields set on its first operator, a source, and its third, a map. */
function withOperators(source: Raw, map: Raw): Raw {
  const s = dataflowScenario();
  const [dataflow] = dataflowsOf(s);
  Object.assign(dataflow!.operators[0]!, source);
  Object.assign(dataflow!.operators[2]!, map);
  return s;
}

describe('overload settings', () => {
  it('accept sampling on a stream job and on any dataflow operator, and keep them as written', () => {
    const job = parsedScenario(
      withJob({ maxRecordsPerSecond: 50, overload: 'sample', samplePercent: 25 }),
    );
    expect(job.topology.streamJobs?.[0]).toMatchObject({ overload: 'sample', samplePercent: 25 });
    const flow = parsedScenario(
      withOperators(
        { recordsPerSecond: 100, overload: 'shed' },
        { recordsPerSecond: 40, overload: 'sample', samplePercent: 1 },
      ),
    );
    const ops = flow.topology.dataflows?.[0]?.operators ?? [];
    expect(ops[0]).toMatchObject({ overload: 'shed' });
    expect(ops[0]).not.toHaveProperty('samplePercent');
    expect(ops[2]).toMatchObject({ overload: 'sample', samplePercent: 1 });
  });

  it.each([
    [
      'sampling without a share',
      withJob({ maxRecordsPerSecond: 50, overload: 'sample' }),
      {
        path: '$.topology.streamJobs[0].samplePercent',
        message: 'is missing, but overload is "sample", which needs the share of records to keep',
        allowed: 'an integer from 1 to 100 (percent of records kept while over capacity)',
      },
    ],
    [
      'a share without sampling',
      withJob({ maxRecordsPerSecond: 50, overload: 'shed', samplePercent: 50 }),
      {
        path: '$.topology.streamJobs[0].samplePercent',
        message:
          'is a setting of overload "sample", but overload is "shed", so it would be ignored',
        found: '50',
        allowed: 'overload "sample", or leave samplePercent out',
      },
    ],
    [
      'a share of more than 100%',
      withJob({ maxRecordsPerSecond: 50, overload: 'sample', samplePercent: 150 }),
      {
        path: '$.topology.streamJobs[0].samplePercent',
        allowed: 'an integer from 1 to 100 (percent of records kept)',
      },
    ],
    [
      'a share of 0%',
      withJob({ maxRecordsPerSecond: 50, overload: 'sample', samplePercent: 0 }),
      {
        path: '$.topology.streamJobs[0].samplePercent',
        allowed: 'an integer from 1 to 100 (percent of records kept)',
      },
    ],
    [
      'an operator policy without a capacity',
      withOperators({}, { overload: 'sample', samplePercent: 50 }),
      {
        path: '$.topology.dataflows[0].operators[2].overload',
        message:
          'is "sample", but the operator has no recordsPerSecond, so it is never over capacity and the policy would never apply',
        found: '"sample"',
        allowed: 'recordsPerSecond on the operator, or leave overload out',
      },
    ],
    [
      'an operator share without a policy',
      withOperators({ recordsPerSecond: 10, samplePercent: 20 }, {}),
      {
        path: '$.topology.dataflows[0].operators[0].samplePercent',
        message:
          'is a setting of overload "sample", but overload is not set (backpressure), so it would be ignored',
      },
    ],
    [
      'an unknown operator policy',
      withOperators({ recordsPerSecond: 10, overload: 'drop' }, {}),
      {
        path: '$.topology.dataflows[0].operators[0].overload',
        allowed: 'one of: backpressure, shed, sample',
      },
    ],
  ])('refuse %s', (_, input, expected) => {
    const errors = errorsOf(input);
    expect(errors).toContainEqual(expect.objectContaining(expected));
  });
});
