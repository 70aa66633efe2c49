// Faults that act on nodes and the links between them: stop-the-world pauses, slow nodes, and
// network partitions between two named nodes. Nodes are named by id: a broker, producer or consumer.

import { emit } from '../world/worldOps.ts';
import type { World } from '../world/worldTypes.ts';

export type NodeRef =
  | { readonly kind: 'broker'; readonly index: number }
  | { readonly kind: 'producer'; readonly index: number }
  | { readonly kind: 'consumer'; readonly index: number };

export function resolveNode(w: World, id: string): NodeRef {
  const consumer = w.index.consumerById.get(id);
  if (consumer !== undefined) return { kind: 'consumer', index: consumer };
  const producer = w.index.producerById.get(id);
  if (producer !== undefined) return { kind: 'producer', index: producer };
  const broker = w.index.brokers.findIndex((b) => b.id === id);
  if (broker >= 0) return { kind: 'broker', index: broker };
  throw new Error(`no broker, producer or consumer named ${id}`);
}

function linkKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** True while a network partition separates the two nodes (by id). */
export function linkBlocked(w: World, a: string, b: string): boolean {
  return w.m.blockedLinks.length > 0 && w.m.blockedLinks.includes(linkKey(a, b));
}

export function partitionNetwork(w: World, a: string, b: string, heal: boolean): void {
  resolveNode(w, a);
  resolveNode(w, b);
  const key = linkKey(a, b);
  const blocked = w.m.blockedLinks.includes(key);
  if (heal && blocked) w.m.blockedLinks = w.m.blockedLinks.filter((k) => k !== key);
  else if (!heal && !blocked) w.m.blockedLinks = [...w.m.blockedLinks, key].sort();
  emit(w, {
    atMs: w.m.nowMs,
    type: heal ? 'network.healed' : 'network.partitioned',
    between: [a, b].sort(),
  });
}

export function pauseNode(w: World, id: string, durationMs: number): void {
  const node = resolveNode(w, id);
  const until = w.m.nowMs + durationMs;
  const state =
    node.kind === 'broker'
      ? w.m.brokers[node.index]!
      : node.kind === 'producer'
        ? w.m.producers[node.index]!
        : w.m.consumers[node.index]!;
  state.pausedUntilMs = Math.max(state.pausedUntilMs, until);
  w.m.pausesStarted++;
  emit(w, { atMs: w.m.nowMs, type: 'node.paused', node: id, untilMs: state.pausedUntilMs });
}

export function slowNode(w: World, id: string, factor: number): void {
  const node = resolveNode(w, id);
  if (node.kind === 'producer')
    throw new Error(`node.slow applies to brokers and consumers, not producer ${id}`);
  if (node.kind === 'broker') w.m.brokers[node.index]!.slowFactor = factor;
  else w.m.consumers[node.index]!.slowFactor = factor;
  emit(w, { atMs: w.m.nowMs, type: 'node.slowed', node: id, factor });
}
