// Removing a member from a group on the coordinator: on LeaveGroup, on session timeout, or when it
// failed to rejoin in time. Removal alone does not start a rebalance; callers decide that.

import { emit } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';

export function removeMember(w: World, group: number, memberId: string, reason: string): void {
  const g = w.m.groups[group]!;
  const at = g.members.findIndex((m) => m.memberId === memberId);
  if (at < 0) return;
  g.members.splice(at, 1);
  if (g.leader === memberId) g.leader = null;
  emit(w, {
    atMs: w.m.nowMs,
    type: 'group.member.removed',
    group: w.index.groups[group]!.id,
    member: memberId,
    reason,
  });
}
