import { describe, expect, test } from 'vitest';
import { createSimulation } from '../../../engine/index.ts';
import { dagTestScenario, slowSinkDataflow } from '../dag/dagTestScenario.ts';
import { operatorConfig } from './operatorConfig.ts';
import { operatorLiveState } from './operatorLiveState.ts';

const byName = (rows: readonly { name: string; value: string }[]) =>
  Object.fromEntries(rows.map((r) => [r.name, r.value]));

describe('operatorConfig', () => {
  const scenario = dagTestScenario(slowSinkDataflow(50));

  test('uses Flink keys where they exist and marks defaults', () => {
    const rows = operatorConfig(scenario, 'df/out');
    const flink = rows
      .filter((r) => r.source === 'flink')
      .map((r) => [r.name, r.value, r.isDefault]);
    expect(flink).toEqual([
      ['execution.checkpointing.interval', 'not set (no checkpoints)', true],
      ['restart-strategy.fixed-delay.delay', '1000 ms', true],
      ['pipeline.auto-watermark-interval', '50 ms', false],
      ['partition.discovery.interval.ms (KafkaSource)', '300000 ms', true],
      [
        'taskmanager.network.memory.buffers-per-channel',
        'not modelled: Flink buffers bytes (2 buffers of 32 KiB per channel by default), the sandbox counts records',
        false,
      ],
    ]);
    expect(byName(rows)['capacity per subtask']).toBe('50 records/s');
    expect(byName(rows)['sink']).toBe('append (at least once: a recovery rewrites rows)');
    expect(byName(rows)['buffer per input channel (records here)']).toBe('10 records');
    expect(byName(rows)['watermark strategy']).toBe(
      'bounded out-of-orderness, 100 ms (forBoundedOutOfOrderness)',
    );
  });

  test('is empty for an operator or dataflow the scenario does not have', () => {
    expect(operatorConfig(scenario, 'df/nope')).toEqual([]);
    expect(operatorConfig(scenario, 'other/out')).toEqual([]);
    expect(operatorConfig(scenario, 'out')).toEqual([]);
  });
});

describe('operatorLiveState', () => {
  test('reads buffers, backpressure and edges from a real run', () => {
    const scenario = dagTestScenario(slowSinkDataflow(50));
    const sim = createSimulation(scenario);
    sim.runUntil(2_000);
    const rows = byName(operatorLiveState(sim.getState(), 'df/double') ?? []);
    expect(rows['backpressured subtasks']).toBe('2 of 2');
    expect(rows['buffered input']).toBe('20 of 20 records');
    expect(rows['inputs']).toMatch(/^src \(forward; \d+ in flight\)$/);
    expect(rows['outputs']).toMatch(/^out \(rebalance; \d+ in flight\)$/);
    const source = byName(operatorLiveState(sim.getState(), 'df/src') ?? []);
    expect(source['records processed']).toBeUndefined();
    expect(source['subtask 0']).toMatch(/^reads its partitions/);
    expect(operatorLiveState(sim.getState(), 'df/ghost')).toBeNull();
  });
});
