// A short human summary of a finished run for `npm run sim -- --summary`: counts per trace event
// type, then each partition, group and consumer as the run left them.

import type { Simulation } from '../src/engine/index.ts';

export function summarizeRun(sim: Simulation): string {
  const counts = new Map<string, number>();
  for (const e of sim.trace()) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const s = sim.getState();
  const lines = [`time ${s.nowMs} ms, seed ${s.seed}, ${sim.trace().length} trace events`];
  for (const [type, n] of [...counts].sort()) lines.push(`  ${type}: ${n}`);
  for (const p of s.partitions)
    lines.push(
      `partition ${p.id} leader=${p.leader} logStart=${p.logStartOffset} logEnd=${p.logEndOffset}`,
    );
  for (const g of s.groups) {
    lines.push(`group ${g.id} state=${g.state} generation=${g.generation} assignor=${g.assignor}`);
    for (const [p, lag] of Object.entries(g.lag))
      lines.push(`  ${p} committed=${g.committed[p] ?? '-'} lag=${lag}`);
  }
  for (const c of s.consumers)
    lines.push(
      `consumer ${c.id} status=${c.status} processed=${c.processedCount} assigned=${c.assigned.join(',') || '-'}`,
    );
  return lines.join('\n') + '\n';
}
