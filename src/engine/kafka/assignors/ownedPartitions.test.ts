import { describe, expect, it } from 'vitest';
import { createGroupView } from './groupView.ts';
import { resolveOwnership } from './ownedPartitions.ts';
import { partitionName } from './topicPartition.ts';

describe('resolveOwnership', () => {
  const view = createGroupView({
    partitionsPerTopic: { t: 3 },
    members: {
      old: { topics: ['t'], owned: ['t-0', 't-1', 'gone-0', 't-9', 'junk'], generation: 1 },
      newer: { topics: ['t'], owned: ['t-0'], generation: 3 },
      twinA: { topics: ['t'], owned: ['t-2'], generation: 3 },
      twinB: { topics: ['t'], owned: ['t-2'], generation: 3 },
    },
  });
  const ownership = resolveOwnership(view);
  const owned = (id: string) => (ownership.owned.get(id) ?? []).map(partitionName);

  it('keeps the newest generation claim and drops unknown or out-of-range partitions', () => {
    expect(owned('old')).toEqual(['t-1']);
    expect(owned('newer')).toEqual(['t-0']);
  });

  it('lets nobody keep a partition claimed twice in the winning generation', () => {
    expect(owned('twinA')).toEqual([]);
    expect(owned('twinB')).toEqual([]);
    expect([...ownership.contested]).toEqual(['t-2']);
  });

  it('remembers claims from older generations as previous owners', () => {
    expect(Object.fromEntries(ownership.previousOwners)).toEqual({ 't-0': 'old', 't-1': 'old' });
  });
});
