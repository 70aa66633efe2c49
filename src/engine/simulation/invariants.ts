// Invariants of the log half of the model, checked after every step in tests and sweeps. Each
// failure throws with the run's seed and time, so the run can be reproduced exactly.

import type { World } from '../world/worldTypes.ts';

function fail(w: World, message: string): never {
  throw new Error(`invariant violated at ${w.m.nowMs} ms (seed ${w.seed}): ${message}`);
}

function checkLogs(w: World): void {
  w.logs.forEach((log, i) => {
    const ps = w.m.partitions[i]!;
    if (log.length < ps.logEndOffset) fail(w, `${w.index.partitionNames[i]} store ${log.length} < log end ${ps.logEndOffset}`);
    const last = log[ps.logEndOffset - 1];
    if (last && last.offset !== ps.logEndOffset - 1) fail(w, `${w.index.partitionNames[i]} offsets are not dense`);
  });
}

function checkGroups(w: World): void {
  w.m.groups.forEach((g, gi) => {
    for (const p of w.index.groups[gi]!.partitions) {
      if (g.committed[p]! > w.m.partitions[p]!.logEndOffset) {
        fail(w, `group ${w.index.groups[gi]!.id} committed ${g.committed[p]} past log end of ${w.index.partitionNames[p]}`);
      }
    }
    if (g.state === 'Stable') {
      // In a Stable group every subscribed partition belongs to exactly one member.
      const owners = new Map<string, number>();
      for (const list of Object.values(g.assignment)) for (const p of list) owners.set(p, (owners.get(p) ?? 0) + 1);
      for (const [p, n] of owners) if (n > 1) fail(w, `group ${w.index.groups[gi]!.id}: ${p} assigned ${n} times`);
    }
  });
}

function checkConsumers(w: World): void {
  // Among the members synced into their group's current generation, no partition has two owners.
  // A zombie (a member the group already dropped) may still fetch; Kafka allows that too.
  const owner = new Map<string, string>();
  w.m.consumers.forEach((cs, i) => {
    if (cs.status !== 'active' && cs.status !== 'joining') return;
    const c = w.index.consumers[i]!;
    if (cs.generation !== w.m.groups[c.group]!.generation || cs.lostMembership) return;
    for (const p of cs.assigned) {
      const key = `${c.group}/${p}`;
      const prev = owner.get(key);
      if (prev !== undefined) fail(w, `${w.index.partitionNames[p]} owned by both ${prev} and ${c.id}`);
      owner.set(key, c.id);
      if (cs.positions[p]! > w.m.partitions[p]!.logEndOffset) fail(w, `${c.id} position past log end of ${w.index.partitionNames[p]}`);
    }
  });
}

export function checkInvariants(w: World): void {
  checkLogs(w);
  checkGroups(w);
  checkConsumers(w);
}
