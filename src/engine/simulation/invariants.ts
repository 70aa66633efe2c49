// Invariants of the log half of the model, checked after every step in tests and sweeps. Each
// failure throws with the run's seed and time, so the run can be reproduced exactly.

import { divergenceOffset, storeIndexAt } from '../kafka/logChain.ts';
import { storedRecord, storeEnd } from '../kafka/recordStore.ts';
import type { ReplicaState } from '../world/partitionState.ts';
import type { World } from '../world/worldTypes.ts';

function fail(w: World, message: string): never {
  throw new Error(`invariant violated at ${w.m.nowMs} ms (seed ${w.seed}): ${message}`);
}

/**
 * Every replica's log holds dense offsets: the record at offset o says it is offset o. Only the
 * offsets from the log start on are readable; records below it may have been freed.
 */
function checkReplicaOffsets(w: World, p: number, r: ReplicaState): void {
  const name = w.index.partitionNames[p]!;
  const logStart = w.m.partitions[p]!.logStartOffset;
  for (let i = 0; i < r.chain.length; i++) {
    const seg = r.chain[i]!;
    const end = i + 1 < r.chain.length ? r.chain[i + 1]!.startOffset : r.leo;
    const first = Math.max(seg.startOffset, logStart);
    for (const o of [first, end - 1]) {
      if (o < first || o >= r.leo) continue;
      const rec = storedRecord(w.logs[p]!, storeIndexAt(r.chain, o));
      if (!rec || rec.offset !== o)
        fail(
          w,
          `${name} on broker ${w.index.brokers[r.broker]!.id}: offset ${o} holds ${rec?.offset}`,
        );
    }
  }
}

function checkLogs(w: World): void {
  w.m.partitions.forEach((ps, p) => {
    const name = w.index.partitionNames[p]!;
    if (storeEnd(w.logs[p]!) < ps.storeLength)
      fail(w, `${name} store ${storeEnd(w.logs[p]!)} < ${ps.storeLength}`);
    if (ps.highWatermark > ps.logEndOffset)
      fail(w, `${name} high watermark ${ps.highWatermark} past log end ${ps.logEndOffset}`);
    const leader = ps.replicas.find((r) => r.broker === ps.leader);
    if (leader && leader.leo !== ps.logEndOffset)
      fail(w, `${name} leader log end ${leader.leo} != ${ps.logEndOffset}`);
    for (const r of ps.replicas) {
      checkReplicaOffsets(w, p, r);
      // In-sync followers hold exactly the leader's records up to the high watermark.
      if (leader && r !== leader && ps.isr.includes(r.broker) && w.m.brokers[r.broker]!.up) {
        const upTo = Math.min(r.leo, ps.highWatermark);
        if (divergenceOffset(r.chain, r.leo, leader.chain, leader.leo) < upTo)
          fail(
            w,
            `${name} follower on ${w.index.brokers[r.broker]!.id} differs from the leader below the high watermark`,
          );
      }
    }
  });
}

function checkGroups(w: World): void {
  w.m.groups.forEach((g, gi) => {
    for (const p of w.index.groups[gi]!.partitions) {
      const ps = w.m.partitions[p]!;
      if (g.committed[p]! > ps.logEndOffset && ps.uncleanElections === 0) {
        fail(
          w,
          `group ${w.index.groups[gi]!.id} committed ${g.committed[p]} past log end of ${w.index.partitionNames[p]}`,
        );
      }
    }
    if (g.state === 'Stable') {
      // In a Stable group every subscribed partition belongs to exactly one member.
      const owners = new Map<string, number>();
      for (const list of Object.values(g.assignment))
        for (const p of list) owners.set(p, (owners.get(p) ?? 0) + 1);
      for (const [p, n] of owners)
        if (n > 1) fail(w, `group ${w.index.groups[gi]!.id}: ${p} assigned ${n} times`);
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
      if (prev !== undefined)
        fail(w, `${w.index.partitionNames[p]} owned by both ${prev} and ${c.id}`);
      owner.set(key, c.id);
      if (
        cs.positions[p]! > w.m.partitions[p]!.logEndOffset &&
        w.m.partitions[p]!.uncleanElections === 0
      )
        fail(w, `${c.id} position past log end of ${w.index.partitionNames[p]}`);
    }
  });
}

export function checkInvariants(w: World): void {
  checkLogs(w);
  checkGroups(w);
  checkConsumers(w);
}
