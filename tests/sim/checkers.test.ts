// Tests of the sweep's own checkers: each must catch the violation it exists for, on a planted
// trace, or a clean sweep would prove nothing.

import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation, type TraceEvent } from '../../src/engine/index.ts';
import { buildScenario } from '../support/scenarios.ts';
import { generateScenario } from './generateScenario.ts';
import { checkNewTraceEvents, checkTraceUnchanged, createTraceCheckState } from './traceChecks.ts';
import { checkNothingSkipped } from './viewChecks.ts';

const scenario = generateScenario(1).scenario;
const group = scenario.topology.consumerGroups[0]!;
const consumer = group.members[0]!.id;
const partition = `${group.topics[0]}-0`;

/** Just enough of a Simulation for the trace checkers: a trace that can be read in slices. */
function fakeSim(trace: TraceEvent[]): Simulation {
  return {
    traceLength: () => trace.length,
    traceSlice: (from: number, to: number) => trace.slice(from, to),
  } as unknown as Simulation;
}

function appended(offset: number): TraceEvent {
  return {
    atMs: offset,
    type: 'record.appended',
    partition,
    offset,
    key: null,
    value: 'v',
    producer: 'p1',
    eventTimeMs: 0,
    producedAtMs: 0,
  };
}

function committed(offset: number): TraceEvent {
  return { atMs: 100, type: 'offset.committed', group: group.id, consumer, partition, offset };
}

function violationsOf(trace: TraceEvent[]): string[] {
  const state = createTraceCheckState(scenario);
  checkNewTraceEvents(state, fakeSim(trace));
  return state.violations;
}

describe('the trace checkers', () => {
  it('accept a clean trace', () => {
    expect(violationsOf([appended(0), appended(1), committed(1), committed(2)])).toEqual([]);
  });

  it('catch an offset gap', () => {
    expect(violationsOf([appended(0), appended(2)])[0]).toMatch(
      /appended offset 2 where 1 was next/,
    );
  });

  it('catch a commit past the log end', () => {
    expect(violationsOf([appended(0), committed(2)])[0]).toMatch(/past the log end 1/);
  });

  it('catch a commit moving back without a seek, and allow it after one', () => {
    expect(violationsOf([appended(0), appended(1), committed(2), committed(1)])[0]).toMatch(
      /moved back from 2 to 1/,
    );
    const seek: TraceEvent = { atMs: 50, type: 'consumer.seeked', consumer, partition, offset: 0 };
    expect(violationsOf([appended(0), appended(1), committed(2), seek, committed(1)])).toEqual([]);
  });

  it('catch a trace event that changes after it was checked', () => {
    const assignment: Record<string, string[]> = { 'c-1': [partition] };
    const trace: TraceEvent[] = [
      {
        atMs: 1,
        type: 'group.rebalance.completed',
        group: group.id,
        generation: 1,
        leader: 'c-1',
        assignment,
      },
    ];
    const state = createTraceCheckState(scenario);
    checkNewTraceEvents(state, fakeSim(trace));
    assignment['c-2'] = [];
    checkTraceUnchanged(state, fakeSim(trace));
    expect(state.violations.at(-1)).toMatch(/changed after it was emitted/);
  });
});

describe('the no-skip checker', () => {
  it('catches a commit past a record no one processed, in an after-processing group', () => {
    const world = buildScenario({ members: [{ id: 'c1', commit: { mode: 'after-processing' } }] });
    const processed = (fromOffset: number, count: number): TraceEvent => ({
      atMs: 50,
      type: 'consumer.processed',
      consumer: 'c1',
      partition: 'orders-0',
      fromOffset,
      count,
    });
    const state = createTraceCheckState(world);
    const trace: TraceEvent[] = [0, 1, 2].map(
      (o) => ({ ...appended(o), partition: 'orders-0' }) as TraceEvent,
    );
    trace.push(processed(0, 1), processed(2, 1), {
      atMs: 60,
      type: 'offset.committed',
      group: 'g1',
      consumer: 'c1',
      partition: 'orders-0',
      offset: 3,
    });
    checkNewTraceEvents(state, fakeSim(trace));
    checkNothingSkipped(state, createSimulation(world).getState(), world);
    expect(state.violations).toEqual([
      'at 0 ms, state: g1/orders-0 committed 3 but offset 1 was never processed',
    ]);
  });
});
