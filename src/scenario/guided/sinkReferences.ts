// Checks that the output an assertion names exists and is named once: a sinkRows or
// failureFreeOutput sink is a sink operator of its dataflow; a failureFreeOutput names a stream
// job with a sink, a dataflow with one of its sinks, or a consumer group with how to read it.

import { namesAllowed, quoted } from '../referenceErrors.ts';
import type { ScenarioError } from '../scenarioError.ts';
import type { ScenarioFile } from '../scenarioSchema.ts';
import type { Assertion } from './guidedTypes.ts';

/** An error when `sink` is not a sink operator of dataflow `job`. */
export function checkSink(
  job: string,
  sink: string,
  path: string,
  scenario: ScenarioFile,
): ScenarioError | undefined {
  const dataflow = (scenario.topology.dataflows ?? []).find((d) => d.id === job);
  const sinks = (dataflow?.operators ?? []).filter((op) => op.kind === 'sink').map((op) => op.id);
  if (sinks.includes(sink)) return undefined;
  return {
    path,
    message: `names no sink operator of dataflow ${quoted(job)}`,
    found: quoted(sink),
    allowed: namesAllowed('one of its sinks', sinks),
  };
}

type FailureFree = Extract<Assertion, { kind: 'failureFreeOutput' }>;

/** A failureFreeOutput names a job (and a dataflow's sink) or a group (with `as`), not both. */
export function checkOutputChoice(a: FailureFree, path: string): ScenarioError[] {
  if ((a.job === undefined) === (a.group === undefined)) {
    return [
      {
        path: a.job === undefined ? `${path}.job` : `${path}.group`,
        message:
          a.job === undefined ? 'is missing: name the output to compare' : 'is set as well as job',
        found: a.job === undefined ? 'neither job nor group' : 'both job and group',
        allowed:
          'job (a stream job, or a dataflow with sink) or group (a consumer group, with as), exactly one',
      },
    ];
  }
  const misplaced = (field: string, instead: string): ScenarioError => ({
    path: `${path}.${field}`,
    message: `does not apply here: ${instead}`,
    found: JSON.stringify(a[field as keyof FailureFree]),
    allowed: `leave ${field} out`,
  });
  if (a.group !== undefined) {
    const errors = a.sink === undefined ? [] : [misplaced('sink', 'a group has no sink')];
    if (a.as !== undefined) return errors;
    return [
      ...errors,
      {
        path: `${path}.as`,
        message: 'is missing: a group has no sink, so say how its processing is read',
        found: 'nothing',
        allowed: 'one of: append (every processing is a row), upsert (the last value per key)',
      },
    ];
  }
  return a.as === undefined ? [] : [misplaced('as', 'it is for groups; a job has its own sink')];
}

/** A stream job compared must have a sink; a dataflow needs `sink` to name one of its sinks. */
export function checkOutputSink(
  job: string,
  sink: string | undefined,
  path: string,
  scenario: ScenarioFile,
): ScenarioError | undefined {
  const streamJob = (scenario.topology.streamJobs ?? []).find((j) => j.id === job);
  if (streamJob !== undefined) {
    if (sink !== undefined) {
      return {
        path: `${path}.sink`,
        message: `does not apply: stream job ${quoted(job)} has one sink, set in the job`,
        found: quoted(sink),
        allowed: 'leave sink out',
      };
    }
    if (streamJob.sink !== undefined) return undefined;
    return {
      path: `${path}.job`,
      message: `names stream job ${quoted(job)}, which has no sink, so it has no output to compare`,
      found: quoted(job),
      allowed: 'a stream job with a sink, or a dataflow with sink',
    };
  }
  if (sink !== undefined) return checkSink(job, sink, `${path}.sink`, scenario);
  const sinks = (scenario.topology.dataflows ?? [])
    .find((d) => d.id === job)
    ?.operators.filter((op) => op.kind === 'sink')
    .map((op) => op.id);
  return {
    path: `${path}.sink`,
    message: `is missing: dataflow ${quoted(job)} may have several sinks, so name the one to compare`,
    found: 'nothing',
    allowed: namesAllowed('one of its sinks', sinks ?? []),
  };
}
