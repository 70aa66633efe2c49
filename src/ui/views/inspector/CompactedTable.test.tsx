// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { parseScenarioText } from '../../../scenario/index.ts';
import { renderWorkspace } from '../../testing/renderWorkspace.tsx';

afterEach(cleanup);

function compactionScenario() {
  // jsdom replaces import.meta.url's scheme, so the file is found from the working directory.
  const path = join(process.cwd(), 'scenarios', 'compaction-changelog-to-table.json');
  const parsed = parseScenarioText(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error('the compaction scenario no longer parses');
  return parsed.scenario;
}

describe('CompactedTable', () => {
  test('a compacted partition shows the table its log encodes, one row per live key', () => {
    const scenario = compactionScenario();
    const { sim } = renderWorkspace(scenario, ['logs', 'inspector']);
    act(() => void sim.runUntil(scenario.durationMs));
    const partition = sim.getState().partitions[0]!;
    fireEvent.click(screen.getByRole('button', { name: new RegExp(`^Partition ${partition.id}`) }));
    const table = screen.getByTestId('compacted-table');
    const keys = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelector('td')?.textContent);
    // Work the table out by hand from the readable log: latest value per key, tombstones delete.
    const latest = new Map<string, string | null>();
    for (let o = partition.logStartOffset; o < partition.highWatermark; o++) {
      const r = partition.records[o];
      if (r && r.key !== null) latest.set(r.key, r.value);
    }
    const expected = [...latest]
      .filter(([, v]) => v !== null)
      .map(([k]) => k)
      .sort();
    expect(keys).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });
});
