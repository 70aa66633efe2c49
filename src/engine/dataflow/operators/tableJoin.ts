// A stream-table join against a table built from a topic read as a changelog, as Kafka Streams'
// KStream-GlobalKTable join: every subtask reads every partition of the table topic up to its high
// watermark before it handles its next stream records, and a record joins the row its key has at
// that moment in processing time. A null value (a tombstone) deletes the row.

import { recordAt } from '../../kafka/partitionLog.ts';
import { readValue } from '../sourceTask.ts';
import type { DfRecord } from '../dataflowTypes.ts';
import { out, slot, withField, type OperatorContext } from './operatorContext.ts';

function state(ctx: OperatorContext) {
  const st = ctx.df.subtasks[ctx.op]![ctx.sub]!.op;
  if (st.kind !== 'tableJoin') throw new Error('not a table join');
  return st;
}

/** Reads what the table topic has that this subtask has not seen yet. */
export function refreshTable(ctx: OperatorContext): void {
  const s = ctx.plan.ops[ctx.op]!.spec;
  if (s.kind !== 'tableJoin') return;
  const st = state(ctx);
  const topic = ctx.w.index.topics.find((t) => t.name === s.tableTopic)!;
  for (let local = 0; local < topic.count; local++) {
    const ps = ctx.w.m.partitions[topic.base + local]!;
    if (ps.leader < 0) continue;
    let pos = Math.max(st.positions[local] ?? 0, ps.logStartOffset);
    for (; pos < ps.highWatermark; pos++) {
      const rec = recordAt(ctx.w, topic.base + local, pos);
      if (rec.key === null) continue;
      if (rec.value === null) delete st.rows[slot(rec.key)];
      else st.rows[slot(rec.key)] = readValue(rec.value);
    }
    st.positions[local] = pos;
  }
}

export function processTableJoin(ctx: OperatorContext, r: DfRecord): void {
  const s = ctx.plan.ops[ctx.op]!.spec;
  if (s.kind !== 'tableJoin') return;
  const rows = state(ctx).rows;
  const name = slot(r.key);
  const row = Object.hasOwn(rows, name) ? rows[name]! : null;
  if (row === null && (s.join ?? 'inner') === 'inner') return;
  out(ctx, withField(r, s.as, row));
}
