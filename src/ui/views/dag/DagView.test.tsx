// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import type { DataflowView, Simulation } from '../../../engine/index.ts';
import { renderWorkspace } from '../../testing/renderWorkspace.tsx';
import { replicatedScenario } from '../../testing/replicatedScenario.ts';
import { checkpointedDataflow, dagTestScenario, slowSinkDataflow } from './dagTestScenario.ts';
import { NO_DATAFLOW_MESSAGE } from './DagView.tsx';

afterEach(cleanup);

function nodeOf(operator: string): HTMLElement {
  const node = screen
    .getAllByTestId('dag-node')
    .find((n) => n.getAttribute('data-operator') === operator);
  if (node === undefined) throw new Error(`no node for operator ${operator}`);
  return node;
}

function edgeOf(from: string, to: string): HTMLElement {
  const edge = screen
    .getAllByTestId('dag-edge')
    .find((e) => e.getAttribute('data-edge') === `${from}->${to}`);
  if (edge === undefined) throw new Error(`no edge ${from}->${to}`);
  return edge;
}

/** Steps the simulation 1 ms at a time (inside act) until `found` holds; fails after `limitMs`. */
function runUntilWorld(
  sim: Simulation,
  found: (df: DataflowView) => boolean,
  limitMs: number,
): DataflowView {
  for (let t = sim.nowMs() + 1; t <= limitMs; t += 1) {
    act(() => void sim.runUntil(t));
    const df = sim.getState().dataflows[0]!;
    if (found(df)) return df;
  }
  throw new Error(`condition not reached by ${limitMs} ms`);
}

describe('DagView', () => {
  test('draws each operator with one row per subtask and each edge with its partitioning', () => {
    const { sim } = renderWorkspace(dagTestScenario(checkpointedDataflow(500)), ['dag']);
    act(() => void sim.runUntil(300));
    expect(screen.getAllByTestId('dag-node').map((n) => n.getAttribute('data-operator'))).toEqual([
      'src',
      'count',
      'out',
    ]);
    expect(within(nodeOf('count')).getAllByTestId('dag-subtask')).toHaveLength(2);
    expect(within(nodeOf('out')).getAllByTestId('dag-subtask')).toHaveLength(1);
    // The keyed count reads through a hash shuffle: 2 × 2 crossing channels.
    const shuffle = edgeOf('src', 'count');
    expect(shuffle.classList.contains('mode-hash')).toBe(true);
    expect(shuffle.querySelectorAll('path')).toHaveLength(4);
    expect(shuffle.textContent).toContain('hash shuffle');
    expect(screen.getByTestId('dag-status-mode').textContent).toMatch(/^continuous/);
    expect(nodeOf('count').getAttribute('aria-label')).toMatch(
      /^aggregate operator count, parallelism 2/,
    );
  });

  test('a slow sink backs the job up: the upstream map shows backpressure, hatched and labelled', () => {
    const { sim } = renderWorkspace(dagTestScenario(slowSinkDataflow(50)), ['dag']);
    act(() => void sim.runUntil(200));
    expect(nodeOf('double').classList.contains('backpressured')).toBe(false);
    expect(screen.queryByTestId('dag-status-backpressure')).toBeNull();
    act(() => void sim.runUntil(2_000));
    const double = nodeOf('double');
    expect(double.classList.contains('backpressured')).toBe(true);
    expect(double.textContent).toContain('backpressured');
    const rows = within(double).getAllByTestId('dag-subtask');
    expect(rows.every((row) => row.getAttribute('data-backpressured') === 'true')).toBe(true);
    const fill = within(rows[0]!).getByTestId('dag-buffer-fill');
    expect(fill.style.fill).toMatch(/^url\(["']?#dag-hatch-/);
    // Its buffer is full: the bar spans the whole track.
    const track = rows[0]!.querySelector('.dag-buffer-track');
    expect(fill.getAttribute('width')).toBe(track?.getAttribute('width'));
    // The sink itself keeps up with nothing more, but waits for no credit.
    expect(nodeOf('out').classList.contains('backpressured')).toBe(false);
    expect(screen.getByTestId('dag-status-backpressure').textContent).toMatch(/backpressured/);
  });

  test('a checkpoint puts barrier marks on the edges and an aligning mark on subtasks that wait', () => {
    const base = checkpointedDataflow(500);
    const slowCount = {
      ...base,
      operators: base.operators.map((o) => (o.id === 'count' ? { ...o, recordsPerSecond: 40 } : o)),
    };
    const { sim } = renderWorkspace(dagTestScenario(slowCount, { intervalMs: 7 }), ['dag']);
    act(() => void sim.runUntil(450));
    expect(screen.queryAllByTestId('dag-barrier')).toHaveLength(0);
    const withBarriers = runUntilWorld(sim, (df) => df.edges.some((e) => e.barriers > 0), 1_000);
    const edge = withBarriers.edges.find((e) => e.barriers > 0)!;
    const drawn = within(edgeOf(edge.from, edge.to)).getAllByTestId('dag-barrier');
    expect(drawn).toHaveLength(Math.min(3, edge.barriers));
    expect(edgeOf(edge.from, edge.to).textContent).toContain(`${edge.barriers} barrier`);
    expect(screen.getByTestId('dag-status-checkpoint').textContent).toMatch(
      /^checkpoint 1 in flight/,
    );

    const aligning = runUntilWorld(
      sim,
      (df) => df.operators.some((o) => o.subtasks.some((st) => st.aligningCheckpoint !== null)),
      3_000,
    );
    for (const op of aligning.operators) {
      const marks = within(nodeOf(op.id)).queryAllByTestId('dag-aligning');
      expect(marks).toHaveLength(op.subtasks.filter((st) => st.aligningCheckpoint !== null).length);
    }
    expect(screen.getAllByTestId('dag-aligning').length).toBeGreaterThan(0);
  });

  test('reports the last completed checkpoint with its duration, then a failure and the restore', () => {
    const scenario = dagTestScenario(checkpointedDataflow(500), {
      interventions: [{ atMs: 1_200, type: 'job.fail', target: 'df' }],
    });
    const { sim } = renderWorkspace(scenario, ['dag']);
    act(() => void sim.runUntil(1_100));
    expect(screen.getByTestId('dag-status-checkpoint').textContent).toMatch(
      /last completed 2 \(took \d+ ms\)/,
    );
    act(() => void sim.runUntil(1_300));
    expect(screen.getByTestId('dag-status-state').textContent).toBe(
      'failed: restarting in 400 ms from checkpoint 2',
    );
    act(() => void sim.runUntil(1_800));
    expect(screen.getByTestId('dag-status-state').textContent).toBe(
      'running (restored checkpoint 2 at 1700 ms)',
    );
  });

  test('clicking an operator shows its live state and its Flink configuration in the inspector', () => {
    const { sim } = renderWorkspace(dagTestScenario(checkpointedDataflow(500)), [
      'dag',
      'inspector',
    ]);
    act(() => void sim.runUntil(800));
    fireEvent.click(nodeOf('count'));
    expect(nodeOf('count').getAttribute('aria-pressed')).toBe('true');
    const inspector = screen.getByTestId('inspector');
    expect(inspector.textContent).toContain('operator df/count');
    const rows = Object.fromEntries(
      within(inspector)
        .getAllByRole('row')
        .map((row) => [
          (row.querySelector('th')?.textContent ?? '').replace(/sandbox$/, ''),
          row.querySelector('td')?.textContent ?? '',
        ]),
    );
    expect(rows['execution.checkpointing.interval']).toBe('500 ms');
    expect(rows['table.exec.state.ttl']).toBe('60000 ms');
    expect(rows['parallelism (setParallelism in Flink)']).toBe('2');
    expect(rows['inputs']).toMatch(/^src \(hash; \d+ in flight/);
    expect(rows['subtask 1']).toMatch(/records buffered; \d+ state entr/);
  });

  test('keeps the placeholder, with a reason, for a scenario without a dataflow', () => {
    renderWorkspace(replicatedScenario(), ['dag']);
    expect(screen.getByTestId('placeholder-dag').textContent).toContain(NO_DATAFLOW_MESSAGE);
    expect(screen.queryAllByTestId('dag-node')).toHaveLength(0);
  });
});
